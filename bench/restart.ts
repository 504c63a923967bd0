/**
 * Restart after a crash: the built browser host (out/main/web-host.js, the bundled core as the
 * app runs it) has a live run open on a show that a crowd buys from at `rate` orders a second; it
 * is killed with SIGKILL at a moment in the run and started again on the same data folder, `runs`
 * times. Figures: from spawning the new process to the host listening, and to its link synced
 * (the run's stored last seq at or past the server's seq when the process was spawned), against
 * the 2 s target. The sale server and the crowd run in child processes of their own.
 *
 *   npx tsx bench/restart.ts [--runs 10] [--rate 2000]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuilt } from '../src/main/web/ensure-built';
import { BUILT_HOST, BrowserHostProcess } from '../tests/e2e/support/browser-host-process';
import { goLive, invoke } from '../tests/support/core-api';
import {
  createShow,
  liveState,
  readConsoleDb,
  startConsole,
  waitFor,
} from '../tests/support/console-core';
import { ROOT, stopChild } from './support/child';
import { runCrowd } from './support/crowd';
import {
  BENCH_SHOW,
  BENCH_TOKEN,
  serveSaleServer,
  serverSeq,
  spawnSaleServer,
} from './support/following-console';
import { reportFigures } from './support/report';
import { percentile } from './support/stats';

const SELF = fileURLToPath(import.meta.url);
const TARGET_MS = 2000;
const SKU = 'A';

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    runs: { type: 'string', default: '10' },
    rate: { type: 'string', default: '2000' },
  },
});
const runs = Number(values.runs);
const rate = Number(values.rate);

/** The run's last applied seq as its database has it now (read beside the running host). */
function storedSeq(dataDir: string): number {
  return readConsoleDb(dataDir, (db) => {
    const row = db.prepare('SELECT max(last_seq) AS seq FROM run_sync').get() as {
      seq: number | null;
    };
    return row.seq ?? 0;
  });
}

/** A data folder with a live run open on the server's show, the show on air; no process holds it. */
async function openRun(dataDir: string, serverUrl: string): Promise<void> {
  const core = startConsole(dataDir);
  try {
    const showId = await createShow(core, [{ sku: SKU, stock: 10_000_000 }]);
    await goLive(core, { showId, serverUrl, token: BENCH_TOKEN, serverShowId: BENCH_SHOW });
    await invoke(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await liveState(core)).showState === 'live', 'the show on air');
  } finally {
    core.close();
  }
}

const median = (sorted: number[]) => Math.round(percentile(sorted, 50));

async function main(): Promise<void> {
  if (values.child === 'server') return serveSaleServer({ retainEvents: 100_000 });
  ensureBuilt(ROOT, [path.join(ROOT, BUILT_HOST)]);
  const server = await spawnSaleServer(SELF, ['--child', 'server']);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-restart-'));
  const listening: number[] = [];
  const synced: number[] = [];
  let crowdDone = false;
  try {
    await openRun(dataDir, server.url);
    const crowd = runCrowd({
      url: server.url,
      token: BENCH_TOKEN,
      show: BENCH_SHOW,
      skus: [SKU],
      rate,
      seconds: runs * 6 + 10,
      clients: 4,
    }).finally(() => (crowdDone = true));
    for (let run = 0; run < runs && !crowdDone; run++) {
      const host = new BrowserHostProcess(dataDir, 'built');
      const atSpawn = await serverSeq(server.child);
      const start = performance.now();
      await host.start();
      listening.push(performance.now() - start);
      while (storedSeq(dataDir) < atSpawn) await sleep(5);
      synced.push(performance.now() - start);
      console.log(
        `restart ${run + 1}: listening ${listening.at(-1)?.toFixed(0)} ms, synced ${synced.at(-1)?.toFixed(0)} ms (server seq ${atSpawn})`,
      );
      // Killed at a different moment of the run each time: 0.5 to 2.5 s after it synced.
      await sleep(500 + ((run * 700) % 2000));
      await host.stop('SIGKILL');
    }
    await crowd;
  } finally {
    await stopChild(server.child);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  listening.sort((a, b) => a - b);
  synced.sort((a, b) => a - b);
  const crashes = `${synced.length} kill -9 restarts of the built host at ${rate.toLocaleString('en')} orders/s`;
  reportFigures('restart', [
    {
      figure: `process start to synced link, median of ${crashes}`,
      value: median(synced),
      unit: 'ms',
      limit: { value: TARGET_MS, label: 'the recovery target' },
      targets: [{ on: 'ratio', op: '<', value: 1 }],
    },
    {
      figure: `process start to synced link, slowest of ${crashes}`,
      value: Math.round(synced.at(-1) ?? 0),
      unit: 'ms',
      limit: { value: TARGET_MS, label: 'the recovery target' },
      targets: [{ on: 'ratio', op: '<', value: 1 }],
    },
    { figure: 'process start to listening, median', value: median(listening), unit: 'ms' },
  ]);
}

await main();
