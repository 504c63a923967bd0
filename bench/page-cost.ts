/**
 * What Chromium spends on each frame of the live console while a crowd buys the pinned product at
 * `--rate` orders a second (and writes `--comments` comments a second), at `--width`x`--height`:
 *
 * 1. For `--seconds` seconds, untraced: the CPU of each Chromium process and of its busiest
 *    threads from /proc (the page's renderer, the GPU process with the display compositor, the
 *    browser), a second and per frame the page drew (frames in which the app's animation-frame
 *    callbacks ran, counted in the page).
 * 2. For `--seconds` more, a Chromium trace: frames (the page's BeginMainFrames), the main
 *    thread's style, layout, pre-paint, paint and layerize, the raster tasks (tiles re-rastered)
 *    and the display compositor's draws, each a frame in thread time, and the damaged area of the
 *    screen that each draw repainted (viz's root damage rect) as a share of the viewport.
 *
 * Thread time on a shared machine is a work count: compare builds in alternated runs.
 *
 *   npx tsx bench/page-cost.ts [--rate 5000] [--comments 0] [--seconds 5] [--width 1920]
 *     [--height 1080] [--keep trace.json]
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { chromiumThreads, threadCpuBetween } from './support/process-cpu';
import { crowdOnConsole, openLiveConsole } from './support/live-console-page';
import { tracePage } from './support/page-trace';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5000' },
    comments: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '5' },
    width: { type: 'string', default: '1920' },
    height: { type: 'string', default: '1080' },
    keep: { type: 'string' },
  },
});
const rate = Number(values.rate);
const commentRate = Number(values.comments);
const windowSeconds = Number(values.seconds);
const viewport = { width: Number(values.width), height: Number(values.height) };

const CATEGORIES = ['devtools.timeline', 'blink', 'cc', 'viz', 'benchmark', 'toplevel'];

/** Counts the frames in which the app's animation-frame callbacks ran (the frames it drew in). */
const FRAME_COUNTER = `(() => {
  const request = window.requestAnimationFrame.bind(window);
  let last = -1;
  window.__appFrames = 0;
  window.requestAnimationFrame = (run) => request((time) => {
    if (time !== last) { last = time; window.__appFrames += 1; }
    run(time);
  });
})()`;

const TraceEvent = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z.record(z.string(), z.unknown()).optional(),
});
type TraceEvent = z.infer<typeof TraceEvent>;

/** The main thread's phases of a frame, by their trace events' names. */
const MAIN_PHASES = {
  script: ['FunctionCall', 'FireAnimationFrame', 'EventDispatch'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'pre-paint': ['PrePaint'],
  paint: ['Paint'],
  layerize: ['Layerize'],
  'hit test': ['HitTest'],
};

const threadMs = (list: readonly TraceEvent[]) =>
  list.reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0) / 1000;

/** The events of `list` (sorted by start) not inside another of them: a nested one is counted once. */
function outermost(list: readonly TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of list) {
    if (event.ts < end) continue;
    kept.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return kept;
}

/** Each thread's name ("pid:tid" to name) from the trace's metadata. */
function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    const name = event.args?.['name'];
    if (event.name === 'thread_name' && typeof name === 'string') {
      names.set(`${event.pid}:${event.tid}`, name);
    }
  }
  return names;
}

/** A damage rect's area from viz's "x,y wxh". */
function damageArea(rect: unknown): number | null {
  if (typeof rect !== 'string') return null;
  const size = /(\d+)x(\d+)$/.exec(rect);
  return size === null ? null : Number(size[1]) * Number(size[2]);
}

/** Prints the traced window's work a frame. */
function analyse(all: readonly TraceEvent[]): void {
  const names = threadNames(all);
  const spans = all.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const on = (thread: string) => (event: TraceEvent) =>
    names.get(`${event.pid}:${event.tid}`) === thread;
  const frames = spans.filter((event) => event.name === 'WebFrameWidgetImpl::BeginMainFrame');
  const rendererPid = frames[0]?.pid;
  const mainThread = spans.filter(
    (event) => event.pid === rendererPid && on('CrRendererMain')(event),
  );
  const count = Math.max(1, frames.length);
  const seconds = ((spans.at(-1)?.ts ?? 0) - (spans[0]?.ts ?? 0)) / 1e6;
  const perFrame = (ms: number) => (ms / count).toFixed(2);
  console.log(
    `traced ${seconds.toFixed(1)} s: ${frames.length} frames (${(frames.length / seconds).toFixed(1)}/s)`,
  );
  const phases = Object.entries(MAIN_PHASES).map(([phase, events]) => {
    const list = outermost(mainThread.filter((event) => events.includes(event.name)));
    return `${phase} ${perFrame(threadMs(list))}`;
  });
  const tasks = outermost(
    mainThread.filter((event) => event.name === 'ThreadControllerImpl::RunTask'),
  );
  const relayered = mainThread.filter((event) => event.name === 'PaintArtifactCompositor::Update');
  console.log(
    `page main thread a frame (ms of thread time): all tasks ${perFrame(threadMs(tasks))}; ${phases.join(', ')}`,
  );
  const layouts = mainThread.filter((event) => event.name === 'Layout');
  const partial = layouts.filter((event) => {
    const begin = event.args?.['beginData'];
    return (
      typeof begin === 'object' &&
      begin !== null &&
      'partialLayout' in begin &&
      begin.partialLayout === true
    );
  });
  console.log(
    `layouts: ${layouts.length}, ${partial.length} of them from a layout root below the page (partial)`,
  );
  const paints = outermost(mainThread.filter((event) => event.name === 'Paint'));
  const raster = spans.filter((event) => event.pid === rendererPid && event.name === 'RasterTask');
  const compositor = spans.filter(
    (event) =>
      event.pid === rendererPid &&
      on('Compositor')(event) &&
      event.name === 'ThreadControllerImpl::RunTask',
  );
  console.log(
    `a frame: ${(paints.length / count).toFixed(2)} paints, ${(relayered.length / count).toFixed(2)} full layerizations; ${(raster.length / count).toFixed(2)} tiles re-rastered, ` +
      `${perFrame(threadMs(raster))} ms; the page's compositor thread ${perFrame(threadMs(compositor))} ms`,
  );
  const draws = spans.filter((event) => event.name === 'Display::DrawAndSwap');
  const areas = spans
    .filter((event) => event.name === 'DirectRenderer::DrawFrame ProcessForOverlays')
    .map((event) => damageArea(event.args?.['root_damage_rect']))
    .filter((area): area is number => area !== null);
  const screen = viewport.width * viewport.height;
  const meanShare = areas.reduce((sum, area) => sum + area, 0) / Math.max(1, areas.length) / screen;
  const viz = spans.filter(
    (event) => on('VizCompositorThread')(event) && event.name === 'ThreadControllerImpl::RunTask',
  );
  console.log(
    `display: ${draws.length} draws (${(draws.length / count).toFixed(2)} a frame), ` +
      `${(threadMs(draws) / Math.max(1, draws.length)).toFixed(2)} ms a draw, the viz thread ${perFrame(threadMs(viz))} ms a frame; ` +
      `damaged area a draw ${(meanShare * 100).toFixed(1)}% of the viewport`,
  );
}

/** The CPU of Chromium's processes and busiest threads over `seconds` of untraced frames. */
async function measureCpu(page: Awaited<ReturnType<typeof openLiveConsole>>['page']) {
  const framesSoFar = async () => Number(await page.evaluate('window.__appFrames'));
  const stock = page.getByTestId('card-stock').first();
  const units = async () => Number((await stock.textContent())?.replace(/\D/g, '') ?? 0);
  const before = chromiumThreads();
  const [framesBefore, unitsBefore, start] = [await framesSoFar(), await units(), Date.now()];
  await new Promise((resolve) => setTimeout(resolve, windowSeconds * 1000));
  const after = chromiumThreads();
  const [framesAfter, unitsAfter, end] = [await framesSoFar(), await units(), Date.now()];
  const seconds = (end - start) / 1000;
  const frames = framesAfter - framesBefore;
  const { processes, threads } = threadCpuBetween(before, after);
  const total = [...processes.values()].reduce((sum, us) => sum + us, 0);
  console.log(
    `untraced ${seconds.toFixed(1)} s: ${frames} frames drawn (${(frames / seconds).toFixed(1)}/s), ` +
      `${unitsBefore - unitsAfter} units sold (${((unitsBefore - unitsAfter) / seconds).toFixed(0)}/s)`,
  );
  const share = (us: number) =>
    `${(us / 1000 / seconds).toFixed(0)} ms/s, ${(us / 1000 / Math.max(1, frames)).toFixed(2)} ms a frame`;
  console.log(`Chromium CPU: all ${share(total)}`);
  for (const [kind, us] of processes) console.log(`  ${kind}: ${share(us)}`);
  console.log('busiest threads:');
  for (const [name, us] of [...threads].slice(0, 8)) console.log(`  ${name}: ${share(us)}`);
}

async function main(): Promise<void> {
  const live = await openLiveConsole(rate * 60, viewport, FRAME_COUNTER);
  try {
    const crowd = crowdOnConsole(live, {
      rate,
      seconds: 2 * windowSeconds + 8,
      comments: commentRate,
    });
    // The crowd's processes start and reach their rate.
    const stock = live.page.getByTestId('card-stock').first();
    const opening = await stock.textContent();
    await live.page.waitForFunction(
      `document.querySelector('[data-testid="card-stock"]')?.textContent !== ${JSON.stringify(opening)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await measureCpu(live.page);
    const events = await tracePage(live.page, {
      categories: CATEGORIES,
      seconds: windowSeconds,
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
