/**
 * Event to glass: from the sale server's time on an order (stamped when it is committed, before
 * the batch that carries it is emitted) to the first animation frame in Chromium whose live
 * console shows that order's stock of the pinned product or a lower one, for every order, at
 * 2,000, 5,000, 20,000 and 50,000 orders a second in turn. The page records, each frame, the
 * stock it shows against the wall clock (Date.now) the server stamps with (one machine); the
 * orders are read from the console's run log afterwards. A growing backlog shows as a later
 * median in the last second of a rate than in its first. Each order's time is also split into
 * stages (p50 and p99 of each as rows of the table): the core's receive, commit and publish (the
 * browser host writes their stamps with SHOWDESK_STAGE_STAMPS), and in the page the `live.state`
 * message's arrival, the stock written into the card and the frame that painted it. How evenly
 * the orders came is a figure too (the busiest 10 ms against the mean). The crowd buys in the sale
 * server's process, through its order intake (`SaleServer.crowd`: no crowd sockets), so that the
 * load generator takes little of the two cores the console is measured on; what reaches the
 * console is the same `events` batches. SHOWDESK_BENCH_CROWD=sockets runs the socket crowd
 * processes of the earlier sessions instead (with SHOWDESK_BENCH_CROWD_NICE, bench/support/crowd.ts).
 * Each rate's JSON line gives the CPU time an order of each process (`cpuPerOrderUs`, µs: this
 * process with the sale server, the browser host, Chromium, the exited crowd processes), a count
 * of work that a machine shared with other work changes less than times.
 *
 *   npx tsx bench/event-to-glass.ts [--seconds 10] [--rates 2000,5000,20000,50000]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { databaseFile } from '../tests/support/core-api';
import type { BenchFigure } from './support/bench-table';
import {
  STAGES,
  parseCoreStamps,
  stageTimes,
  type PageStamps,
  type StagedOrder,
} from './support/glass-stages';
import { cpuByGroup, cpuPerOrder } from './support/process-cpu';
import {
  LIVE_SHOW,
  PINNED_SKU,
  crowdOnConsole,
  openLiveConsole,
  type LiveConsolePage,
} from './support/live-console-page';
import { paceBurstiness } from './support/order-pace';
import { reportFigures } from './support/report';
import { STAGE_STAMPS_ENV } from '../src/main/core/sync/stage-stamps';
import { percentile, round } from './support/stats';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rates: { type: 'string', default: '2000,5000,20000,50000' },
  },
});
const seconds = Number(values.seconds);
const rates = values.rates.split(',').map(Number);

/**
 * The probe installed in the page: each animation frame, the pinned card's stock when it changed,
 * with the wall-clock time the frame was painted. It reads the DOM in the first task after the
 * frame's rendering (a message posted from the frame's animation callback runs only once the
 * frame is painted), so what it reads is what that frame painted, whichever of the frame's
 * animation callbacks changed it (the app's run after the probe's when they were asked for
 * later). A string, so that it runs as written in the page.
 */
const PROBE = `(() => {
  const probe = window.__glass;
  const selector = '[data-testid="console-card"][data-sku="${PINNED_SKU}"] [data-testid="card-stock"]';
  const stockOf = (text) => Number(text.replace(/[^0-9]/g, ''));
  let last = '';
  let lastApplied = '';
  new MutationObserver(() => {
    if (!probe.recording) return;
    const text = document.querySelector(selector)?.textContent ?? '';
    if (text !== lastApplied) {
      lastApplied = text;
      probe.applied.push([Date.now(), stockOf(text)]);
    }
  }).observe(document.querySelector(selector), { subtree: true, childList: true, characterData: true });
  const painted = new MessageChannel();
  painted.port1.onmessage = () => {
    if (!probe.recording) return;
    const text = document.querySelector(selector)?.textContent ?? '';
    if (text !== last) {
      last = text;
      probe.seen.push([Date.now(), stockOf(text)]);
    }
  };
  const tick = () => {
    painted.port2.postMessage(null);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * Run in the page before the app: each live.state message that carries the pinned product,
 * as it arrives on the API's websocket (before the app's own listener), with its revision and
 * the product's stock.
 */
const ARRIVALS = `(() => {
  const probe = { seen: [], applied: [], arrivals: [], recording: false };
  window.__glass = probe;
  const sku = '"sku":"${PINNED_SKU}"';
  const add = WebSocket.prototype.addEventListener;
  WebSocket.prototype.addEventListener = function (type, listener, options) {
    if (type === 'message') {
      add.call(this, 'message', (message) => {
        if (!probe.recording || typeof message.data !== 'string') return;
        const at = Date.now();
        const text = message.data;
        if (!text.includes('"live.state"')) return;
        const product = text.indexOf(sku);
        if (product < 0) return;
        const revision = /"revision":(\\d+)/.exec(text);
        const stock = /"stock":(\\d+)/.exec(text.slice(product));
        if (revision && stock) probe.arrivals.push([at, Number(revision[1]), Number(stock[1])]);
      });
    }
    return add.call(this, type, listener, options);
  };
})()`;

type Order = StagedOrder;

/**
 * The bench's processes by command line, for their CPU an order: `self` is this process (the sale
 * server with its crowd when it runs in it, and Playwright), `exited` the socket crowd's processes
 * once done.
 */
function processGroup(commandLine: string): string {
  if (commandLine.includes('crowd-cli')) return 'crowd';
  if (commandLine.includes('web/cli') || commandLine.includes('web-host')) return 'browserHost';
  if (commandLine.includes('chrom')) return 'chromium';
  return 'other';
}

/** The pinned product's orders after `afterSeq`, from the console's run log, in seq order. */
function ordersAfter(consoleDir: string, afterSeq: number): { orders: Order[]; lastSeq: number } {
  const db = new Database(databaseFile(consoleDir), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT payload FROM run_log_entries WHERE kind = 'event' ORDER BY seq")
      .pluck()
      .all() as string[];
    const events = rows.map(
      (row) =>
        JSON.parse(row) as { type: string; seq: number; at: number; sku?: string; stock?: number },
    );
    const orders = events
      .filter((event) => event.seq > afterSeq && event.type === 'order' && event.sku === PINNED_SKU)
      .map((event) => ({ seq: event.seq, at: event.at, stock: event.stock ?? 0 }));
    return { orders, lastSeq: events.at(-1)?.seq ?? afterSeq };
  } finally {
    db.close();
  }
}

/** The pinned product's stock on the sale server now. */
function pinnedStock(live: LiveConsolePage): number {
  const product = live.server
    .inspect(LIVE_SHOW)
    .snapshot.products.find((candidate) => candidate.sku === PINNED_SKU);
  return product?.stock ?? 0;
}

/**
 * Each order's time to the first frame showing its stock or a lower one; null when none did.
 * The frames' stock only falls, as the orders' does, so one pass over both finds them.
 */
function glassTimes(
  orders: readonly Order[],
  seen: readonly [number, number][],
): (number | null)[] {
  let frame = 0;
  return orders.map((order) => {
    while (frame < seen.length && seen[frame][1] > order.stock) frame += 1;
    return frame < seen.length ? Math.max(0, seen[frame][0] - order.at) : null;
  });
}

/**
 * The core's stamps once it wrote the publish of `revision` (it writes every 100 ms; up to 5 s).
 */
async function coreStampsUpTo(file: string, revision: number) {
  for (let waited = 0; ; waited += 50) {
    const stamps = parseCoreStamps(await fs.readFile(file, 'utf8').catch(() => ''));
    if (waited >= 5000 || stamps.publish.some(([key]) => key >= revision)) return stamps;
    await sleep(50);
  }
}

type StageFigures = Record<string, { p50: number; p99: number; count: number }>;

async function measureRate(
  live: LiveConsolePage,
  stampsFile: string,
  rate: number,
  afterSeq: number,
) {
  const { page, consoleDir } = live;
  await page.evaluate(`(() => {
    const probe = window.__glass;
    probe.seen = []; probe.applied = []; probe.arrivals = []; probe.recording = true;
  })()`);
  const cpuBefore = cpuByGroup(processGroup);
  const crowd = await crowdOnConsole(live, { rate, seconds, comments: 0 });
  // The frames keep recording until the page shows the last order's stock (or 10 s).
  const shows = async (stock: number) =>
    ((await page.evaluate('window.__glass.seen.at(-1)?.[1] ?? Infinity')) as number) <= stock;
  const finalStock = pinnedStock(live);
  for (let waited = 0; waited < 10_000 && !(await shows(finalStock)); waited += 50) {
    await sleep(50);
  }
  // Taken before the run log is read back, which is the bench's work, not the load's.
  const cpuAfter = cpuByGroup(processGroup);
  const { orders, lastSeq } = ordersAfter(consoleDir, afterSeq);
  const cpu = cpuPerOrder(cpuBefore, cpuAfter, orders.length);
  const pageStamps = (await page.evaluate(`(() => {
    const probe = window.__glass;
    probe.recording = false;
    return { painted: probe.seen, applied: probe.applied, arrivals: probe.arrivals };
  })()`)) as PageStamps;
  const seen = pageStamps.painted as [number, number][];
  const coreStamps = await coreStampsUpTo(stampsFile, pageStamps.arrivals.at(-1)?.[1] ?? 0);
  const byStage = stageTimes(orders, coreStamps, pageStamps);
  const stages: StageFigures = {};
  for (const stage of STAGES) {
    const sorted = byStage[stage].sort((a, b) => a - b);
    stages[stage] = {
      p50: round(percentile(sorted, 50)),
      p99: round(percentile(sorted, 99)),
      count: sorted.length,
    };
  }
  const times = glassTimes(orders, seen);
  const shown = times.filter((time): time is number => time !== null).sort((a, b) => a - b);
  const firstAt = orders[0]?.at ?? 0;
  const lastAt = orders.at(-1)?.at ?? 0;
  const median = (from: number, to: number) =>
    percentile(
      times
        .filter(
          (time, index): time is number =>
            time !== null && orders[index].at >= from && orders[index].at < to,
        )
        .sort((a, b) => a - b),
      50,
    );
  return {
    rate,
    achieved: Math.round(crowd.rate),
    orders: orders.length,
    unshown: times.length - shown.length,
    p50: round(percentile(shown, 50)),
    p99: round(percentile(shown, 99)),
    max: round(shown.at(-1) ?? 0),
    growth: round(median(lastAt - 1000, lastAt + 1) - median(firstAt, firstAt + 1000)),
    burstiness: round(paceBurstiness(orders.map((order) => order.at))),
    stages,
    cpuPerOrderUs: cpu,
    lastSeq,
  };
}

type RateResult = Awaited<ReturnType<typeof measureRate>>;

function figuresOf(result: RateResult): BenchFigure[] {
  const at = `at ${result.achieved.toLocaleString('en')} of ${result.rate.toLocaleString('en')} orders/s`;
  const p99Target = result.rate === 5000 || result.rate === 20_000;
  const figures: BenchFigure[] = [
    { figure: `p50 ${at}`, value: result.p50, unit: 'ms' },
    {
      figure: `p99 ${at}`,
      value: result.p99,
      unit: 'ms',
      ...(p99Target ? { targets: [{ on: 'figure' as const, op: '<' as const, value: 40 }] } : {}),
    },
    {
      figure: `orders in the busiest 10 ms (p99 of windows) over the mean ${at}`,
      value: result.burstiness,
      unit: 'x',
    },
    {
      figure: `orders never shown ${at}`,
      value: result.unshown,
      unit: '',
      targets: [{ on: 'figure', op: '<=', value: 0 }],
    },
  ];
  for (const [stage, { p50, p99 }] of Object.entries(result.stages)) {
    figures.push({ figure: `${stage}, p50 ${at}`, value: p50, unit: 'ms' });
    figures.push({ figure: `${stage}, p99 ${at}`, value: p99, unit: 'ms' });
  }
  if (result.rate >= 50_000) {
    figures.push({
      figure: `backlog growth (median, last second minus first) ${at}`,
      value: result.growth,
      unit: 'ms',
      targets: [{ on: 'figure', op: '<', value: 100 }],
    });
  }
  return figures;
}

async function main(): Promise<void> {
  const stock = rates.reduce((sum, rate) => sum + rate * seconds, 0) * 2;
  const stampsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-stamps-'));
  const stampsFile = path.join(stampsDir, 'stages.txt');
  process.env[STAGE_STAMPS_ENV] = stampsFile;
  const live = await openLiveConsole(stock, undefined, ARRIVALS);
  try {
    await live.page.evaluate(PROBE);
    let afterSeq = ordersAfter(live.consoleDir, 0).lastSeq;
    const figures: BenchFigure[] = [];
    for (const rate of rates) {
      const result = await measureRate(live, stampsFile, rate, afterSeq);
      afterSeq = result.lastSeq;
      console.log(JSON.stringify({ bench: 'event-to-glass', ...result }));
      figures.push(...figuresOf(result));
    }
    reportFigures('event to glass', figures);
  } finally {
    await live.close();
    await fs.rm(stampsDir, { recursive: true, force: true });
  }
}

await main();
