/**
 * Catch-up: a console follows a show, goes offline while a crowd buys at `rate` orders a second
 * for `seconds` (within the server's replay window), then comes back. Figures: the time from
 * reconnecting until the console's last seq (so its stock) equals the server's, the console API's
 * answer time (live.state, asked every 10 ms, timed from when it was due) and the core's event loop delay meanwhile. The
 * sale server and the crowd run in child processes of their own.
 *
 *   npx tsx bench/catch-up.ts [--rate 2000] [--seconds 60]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { invoke } from '../tests/support/core-api';
import { liveState } from '../tests/support/console-core';
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
import { percentile } from './support/stats';

const SELF = fileURLToPath(import.meta.url);
const SKU = 'DUR';

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '60' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const missed = rate * seconds;

/** Child: the reference sale server, keeping every event of the cut for the resume. */
const serverChild = () => serveSaleServer({ retainEvents: missed * 2 });

async function main(): Promise<void> {
  if (values.child === 'server') return serverChild();
  const server = await spawnSaleServer(SELF, [
    ...['--child', 'server', '--rate', String(rate), '--seconds', String(seconds)],
  ]);
  const following = await followShow(server.url, [{ sku: SKU, stock: missed * 3 }]);
  const { core, target } = following;
  try {
    await invoke(core, 'link.disconnect', {});
    await runCrowd({
      url: server.url,
      token: BENCH_TOKEN,
      show: BENCH_SHOW,
      skus: [SKU],
      rate,
      seconds,
    });
    const seq = await serverSeq(server.child);

    const answers: number[] = [];
    const watch = watchLoopDelay();
    const start = performance.now();
    await invoke(core, 'link.connect', target);
    let caughtUpMs = 0;
    let due = performance.now();
    while (caughtUpMs === 0) {
      // Timed from when the question was due, so that a blocked event loop counts.
      const state = await liveState(core);
      answers.push(performance.now() - due);
      if (state.link.lastSeq >= seq) caughtUpMs = performance.now() - start;
      else if (performance.now() - start > 120_000) throw new Error('no catch-up in 120 s');
      due = performance.now() + 10;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const delay = watch.stop();
    answers.sort((a, b) => a - b);
    const cut = `${seconds} s offline at ${rate.toLocaleString('en')}/s (${missed.toLocaleString('en')} events)`;
    console.log(`caught up in ${caughtUpMs.toFixed(0)} ms after ${cut}`);
    reportFigures('catch-up', [
      {
        figure: `until stock equals the server's, ${cut}`,
        value: Math.round(caughtUpMs),
        unit: 'ms',
        targets: [{ on: 'figure', op: '<', value: 1500 }],
      },
      {
        figure: 'slowest live.state answer meanwhile',
        value: Math.round(answers[answers.length - 1] ?? 0),
        unit: 'ms',
        targets: [{ on: 'figure', op: '<', value: 50 }],
      },
      { figure: 'live.state answer p50 meanwhile', value: percentile(answers, 50), unit: 'ms' },
      {
        figure: 'core event loop longest stall meanwhile',
        value: delay.max,
        unit: 'ms',
      },
    ]);
  } finally {
    await following.close();
    await stopChild(server.child);
  }
}

await main();
