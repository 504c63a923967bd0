/**
 * Catch-up: a console follows a show, goes offline while a crowd buys at `rate` orders a second
 * for `seconds` (within the server's replay window), then comes back. Figures: the time from
 * reconnecting until the console's last seq (so its stock) equals the server's, the console API's
 * answer time (live.state, asked every 10 ms, timed from when it was due) and the core's event loop delay meanwhile. The
 * sale server and the crowd run in child processes of their own.
 *
 *   npx tsx bench/catch-up.ts [--rate 2000] [--seconds 60]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSaleServer } from '../src/sale-server/server';
import { invoke } from '../tests/support/core-api';
import { createShow, liveState, startConsole, waitFor } from '../tests/support/console-core';
import { ROOT, nextMessage, spawnWithIpc, stopChild } from './support/child';
import { reportFigures } from './support/report';
import { percentile } from './support/stats';

const SELF = fileURLToPath(import.meta.url);
const TOKEN = 'bench-catch-up';
const SHOW = 'bench-catch-up';
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

interface Ready {
  type: 'ready';
  url: string;
}
interface Seq {
  type: 'seq';
  seq: number;
}

/** Child: the reference sale server, keeping every event of the cut for the resume. */
async function serverChild(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-catch-up-sale-'));
  const server = await startSaleServer({
    dataDir,
    token: TOKEN,
    shows: [{ showId: SHOW }],
    retainEvents: missed * 2,
    log: () => undefined,
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'seq') process.send?.({ type: 'seq', seq: server.inspect(SHOW).seq });
  });
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => fs.rm(dataDir, { recursive: true, force: true }))
      .then(() => process.exit(0));
  });
  process.send?.({ type: 'ready', url: server.url } satisfies Ready);
}

/** The crowd CLI buying at `rate` for `seconds`, in a process of its own. */
function runCrowd(url: string): Promise<void> {
  const args = ['--import', 'tsx', 'src/sale-server/crowd-cli.ts', '--url', url, '--token', TOKEN];
  const crowd = spawn(
    process.execPath,
    [...args, '--show', SHOW, '--sku', SKU, '--rate', String(rate), '--seconds', String(seconds)],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return new Promise((resolve, reject) =>
    crowd.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`crowd ${code}`)))),
  );
}

async function main(): Promise<void> {
  if (values.child === 'server') return serverChild();
  const server = spawnWithIpc(SELF, [
    '--child',
    'server',
    '--rate',
    String(rate),
    '--seconds',
    String(seconds),
  ]);
  const { url } = await nextMessage<Ready>(server, 'ready');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-catch-up-console-'));
  const core = startConsole(dataDir);
  try {
    const showId = await createShow(core, [{ sku: SKU, stock: missed * 3 }]);
    const target = { showId, serverUrl: url, token: TOKEN, serverShowId: SHOW };
    await invoke(core, 'link.connect', target);
    await invoke(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await liveState(core)).showState === 'live', 'the show on air');
    await invoke(core, 'link.disconnect', {});
    await runCrowd(url);
    server.send({ type: 'seq' });
    const { seq } = await nextMessage<Seq>(server, 'seq');

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const answers: number[] = [];
    delay.enable();
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
    delay.disable();
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
        value: Math.round(delay.max / 1e6),
        unit: 'ms',
      },
    ]);
  } finally {
    core.close();
    await stopChild(server);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

await main();
