/**
 * The set-up the core benches share: a reference sale server in a child process of its own, and
 * a console core in this process with a live run following it.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../src/main/core/core';
import {
  startSaleServer,
  type SaleServer,
  type SaleServerOptions,
} from '../../src/sale-server/server';
import { goLive, invoke } from '../../tests/support/core-api';
import {
  createShow,
  liveState,
  startConsole,
  waitFor,
  type ShowProduct,
} from '../../tests/support/console-core';
import { nextMessage, spawnWithIpc } from './child';

export const BENCH_TOKEN = 'bench';
export const BENCH_SHOW = 'bench-show';

interface Ready {
  type: 'ready';
  url: string;
}

interface Seq {
  type: 'seq';
  seq: number;
}

/**
 * Child side: starts the sale server on a fresh folder, answers `seq` (the show's last seq) and
 * hands every other IPC message to `onMessage`, tells the parent its URL, and closes and cleans
 * up on SIGTERM.
 */
export async function serveSaleServer(
  options: Omit<SaleServerOptions, 'dataDir' | 'token' | 'shows' | 'log'>,
  onMessage: (message: { type: string }, server: SaleServer) => void = () => undefined,
): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-sale-'));
  const server = await startSaleServer({
    dataDir,
    token: BENCH_TOKEN,
    shows: [{ showId: BENCH_SHOW }],
    log: () => undefined,
    ...options,
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'seq') {
      process.send?.({ type: 'seq', seq: server.inspect(BENCH_SHOW).seq } satisfies Seq);
    } else onMessage(message, server);
  });
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => fs.rm(dataDir, { recursive: true, force: true }))
      .then(() => process.exit(0));
  });
  process.send?.({ type: 'ready', url: server.url } satisfies Ready);
}

/** Parent side: runs `entry` (which calls serveSaleServer) and waits for its URL. */
export async function spawnSaleServer(
  entry: string,
  args: readonly string[],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnWithIpc(entry, args);
  const { url } = await nextMessage<Ready>(child, 'ready');
  return { child, url };
}

/** The show's last seq on the server in `child`. */
export async function serverSeq(child: ChildProcess): Promise<number> {
  const answer = nextMessage<Seq>(child, 'seq');
  child.send({ type: 'seq' });
  return (await answer).seq;
}

/** A console core with a show of `products` whose run is live on the server at `url`. */
export interface FollowingConsole {
  core: Core;
  /** What link.connect takes to follow the server again. */
  target: { showId: number; serverUrl: string; token: string; serverShowId: string };
  close(): Promise<void>;
}

export async function followShow(
  url: string,
  products: readonly ShowProduct[],
): Promise<FollowingConsole> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-console-'));
  const core = startConsole(dataDir);
  const close = async () => {
    core.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    const showId = await createShow(core, products);
    const target = { showId, serverUrl: url, token: BENCH_TOKEN, serverShowId: BENCH_SHOW };
    await goLive(core, target);
    await invoke(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await liveState(core)).showState === 'live', 'the show on air');
    return { core, target, close };
  } catch (error) {
    await close();
    throw error;
  }
}
