/**
 * Core event loop at a steady order rate: a console core (in this process) follows a reference
 * sale server (a child process) while a crowd (processes of their own) buys at `rate` orders a
 * second for `seconds`; perf_hooks' event loop delay of the core meanwhile, and how long after the
 * crowd's last order the console still needed to apply the server's last event. The limit is the
 * same figure with the console following the same server before the crowd comes.
 *
 *   npx tsx bench/event-loop.ts [--rate 5000] [--seconds 30]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { liveState, waitFor } from '../tests/support/console-core';
import { stopChild } from './support/child';
import { runCrowd } from './support/crowd';
import {
  BENCH_SHOW,
  BENCH_TOKEN,
  followShow,
  serveSaleServer,
  serverSeq,
  spawnSaleServer,
} from './support/following-console';
import { watchLoopDelay } from './support/loop-delay';
import { reportFigures } from './support/report';

const SELF = fileURLToPath(import.meta.url);
const SKUS = ['DUR', 'COC'];

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    rate: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '30' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);

async function main(): Promise<void> {
  if (values.child === 'server') return serveSaleServer({});
  const server = await spawnSaleServer(SELF, ['--child', 'server']);
  const stock = rate * seconds * 2;
  const following = await followShow(
    server.url,
    SKUS.map((sku) => ({ sku, stock })),
  );
  try {
    // The floor: the same console following the same server with no orders, for a few seconds.
    const idleWatch = watchLoopDelay();
    await new Promise((resolve) => setTimeout(resolve, Math.min(5, seconds / 3) * 1000));
    const idle = idleWatch.stop();
    const watch = watchLoopDelay();
    const crowd = await runCrowd({
      url: server.url,
      token: BENCH_TOKEN,
      show: BENCH_SHOW,
      skus: SKUS,
      rate,
      seconds,
      processes: rate > 8000 ? 2 : 1,
    });
    const delay = watch.stop();
    const crowdDone = performance.now();
    const seq = await serverSeq(server.child);
    await waitFor(
      async () => (await liveState(following.core)).link.lastSeq >= seq,
      'the console to apply the last event',
      120_000,
    );
    const behindMs = performance.now() - crowdDone;
    const at = `at ${Math.round(crowd.rate).toLocaleString('en')} orders/s`;
    console.log(
      `${crowd.sold} orders ${at}; event loop p50 ${delay.p50} ms, ` +
        `p99 ${delay.p99} ms, max ${delay.max} ms; behind ${Math.round(behindMs)} ms`,
    );
    reportFigures('core event loop', [
      {
        figure: `delay p99 ${at} (${seconds} s)`,
        value: delay.p99,
        unit: 'ms',
        limit: { value: idle.p99, label: 'no orders, same run' },
        targets: [{ on: 'figure', op: '<', value: 10 }],
      },
      { figure: `longest stall ${at}`, value: delay.max, unit: 'ms' },
      {
        figure: `console behind after the last order ${at}`,
        value: Math.round(behindMs),
        unit: 'ms',
        targets: [{ on: 'figure', op: '<', value: 1000 }],
      },
    ]);
  } finally {
    await following.close();
    await stopChild(server.child);
  }
}

await main();
