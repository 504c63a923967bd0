/**
 * Layouts and style recalculations per frame of the live console at 1920x1080, the comments
 * panel open, while a crowd buys at `--rate` orders a second and writes `--comments` comments a
 * second: a Chromium performance trace (devtools.timeline, with the JavaScript stacks of forced
 * layouts) of `--seconds` seconds taken once the crowd is under way. It prints the frames, the
 * layouts and style recalculations a frame, and which script forced a layout outside the
 * frame's own rendering (a read of a box after a write), by the function that read it.
 *
 *   npx tsx bench/layout-trace.ts [--rate 5000] [--comments 2000] [--seconds 6] [--keep trace.json]
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { crowdOnConsole, openLiveConsole } from './support/live-console-page';
import { tracePage } from './support/page-trace';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5000' },
    comments: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '6' },
    keep: { type: 'string' },
  },
});
const rate = Number(values.rate);
const commentRate = Number(values.comments);
const traceSeconds = Number(values.seconds);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink',
].join(',');

const StackFrame = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() });
const TraceEvent = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  dur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z
    .object({
      name: z.string().optional(),
      beginData: z.object({ stackTrace: z.array(StackFrame).optional() }).optional(),
      data: z.object({ stackTrace: z.array(StackFrame).optional() }).optional(),
    })
    .passthrough()
    .optional(),
});
type TraceEvent = z.infer<typeof TraceEvent>;

/** The renderer's main thread: the thread named CrRendererMain with the most layouts. */
function mainThread(events: readonly TraceEvent[]): (event: TraceEvent) => boolean {
  const names = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const layouts = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.name === 'Layout' && names.has(key)) layouts.set(key, (layouts.get(key) ?? 0) + 1);
  }
  const [busiest] = [...layouts.entries()].sort((a, b) => b[1] - a[1]);
  return (event) => busiest !== undefined && `${event.pid}:${event.tid}` === busiest[0];
}

const where = (stack: readonly z.infer<typeof StackFrame>[]) =>
  stack
    .slice(0, 4)
    .map((frame) => `${frame.functionName || '(anonymous)'}:${frame.lineNumber}`)
    .join(' < ');

/** How many frames had each count of `list`'s events, as "count: frames, ...". */
function histogram(frameStarts: readonly number[], list: readonly TraceEvent[]): string {
  const counts = frameStarts.map(() => 0);
  let frame = 0;
  for (const event of list) {
    while (frame + 1 < frameStarts.length && frameStarts[frame + 1] <= event.ts) frame += 1;
    if (event.ts >= frameStarts[0]) counts[frame] += 1;
  }
  const frames = new Map<number, number>();
  for (const count of counts) frames.set(count, (frames.get(count) ?? 0) + 1);
  return [...frames.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([count, many]) => `${count}: ${many}`)
    .join(', ');
}

/**
 * Prints the frames (a frame: from one BeginMainFrame of the page's main thread to the next), the
 * layouts and style recalculations in all and a frame, and the scripts that forced them.
 */
function analyse(all: readonly TraceEvent[]): void {
  const onMain = mainThread(all);
  const events = all
    .filter((event) => onMain(event) && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const starts = events
    .filter((event) => event.name === 'WebFrameWidgetImpl::BeginMainFrame')
    .map((event) => event.ts);
  const layouts = events.filter((event) => event.name === 'Layout');
  const styles = events.filter((event) => event.name === 'UpdateLayoutTree');
  const seconds = ((events.at(-1)?.ts ?? 0) - (events[0]?.ts ?? 0)) / 1e6;
  const ms = (list: readonly TraceEvent[]) =>
    list.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  const rate = (count: number) => (count / seconds).toFixed(1);
  console.log(
    `${seconds.toFixed(1)} s traced: ${starts.length} frames (${rate(starts.length)}/s); ` +
      `${layouts.length} layouts (${rate(layouts.length)}/s, ${ms(layouts).toFixed(0)} ms); ` +
      `${styles.length} style recalculations (${rate(styles.length)}/s, ${ms(styles).toFixed(0)} ms)`,
  );
  if (starts.length === 0) return;
  console.log(`frames by layouts in them (layouts: frames): ${histogram(starts, layouts)}`);
  console.log(`frames by style recalculations in them: ${histogram(starts, styles)}`);
  const forced = new Map<string, { count: number; ms: number }>();
  for (const event of [...layouts, ...styles]) {
    const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
    if (stack === undefined || stack.length === 0) continue;
    const key = `${event.name} ${where(stack)}`;
    const entry = forced.get(key) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += (event.dur ?? 0) / 1000;
    forced.set(key, entry);
  }
  console.log(`forced by script (count, ms, where): ${forced.size === 0 ? 'none' : ''}`);
  for (const [key, entry] of [...forced.entries()].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${entry.count} ${entry.ms.toFixed(1)} ms ${key}`);
  }
}

async function main(): Promise<void> {
  const live = await openLiveConsole(rate * 60, { width: 1920, height: 1080 });
  try {
    const crowd = crowdOnConsole(live, {
      rate,
      seconds: traceSeconds + 6,
      comments: commentRate,
    });
    await live.page.getByTestId('comment-row').first().waitFor();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const events = await tracePage(live.page, {
      categories: CATEGORIES.split(','),
      seconds: traceSeconds,
      schema: TraceEvent,
      keep: values.keep,
    });
    await crowd;
    analyse(events);
  } finally {
    await live.close();
  }
}

await main();
