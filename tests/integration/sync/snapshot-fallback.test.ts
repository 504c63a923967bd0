import { afterEach, describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { TcpProxy } from '../../support/tcp-proxy';
import { invoke } from '../core/helpers';
import { useTempDir } from '../store/helpers';
import {
  SERVER_SHOW,
  TOKEN,
  createShow,
  liveState,
  runLog,
  startConsole,
  startServer,
  waitFor,
} from './sync-harness';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('snapshot fallback', () => {
  it('applies and journals a fresh snapshot when the server can no longer replay', async () => {
    const server = await startServer(tempDir(), { retainEvents: 20 });
    cleanups.push(() => server.close());
    const proxy = await TcpProxy.start(server.port);
    cleanups.push(() => proxy.close());
    const dataDir = tempDir();
    const core = startConsole(dataDir);
    cleanups.push(() => core.close());
    const showId = await createShow(core, [{ sku: 'A', stock: 1000 }]);
    const run = await invoke(core, 'link.connect', {
      showId,
      serverUrl: proxy.url,
      token: TOKEN,
      serverShowId: SERVER_SHOW,
    });
    await invoke(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await liveState(core)).showState === 'live', 'the show');
    const seqBefore = (await liveState(core)).link.lastSeq;

    proxy.block();
    await waitFor(async () => (await liveState(core)).link.state === 'reconnecting', 'the drop');
    const crowd = { url: server.url, token: TOKEN, showId: SERVER_SHOW, skus: ['A'] };
    await runCrowd({ ...crowd, rate: Infinity, orders: 200 });
    expect(server.inspect(SERVER_SHOW).oldestSeq).toBeGreaterThan(seqBefore + 1);
    proxy.unblock();

    const serverSeq = () => server.inspect(SERVER_SHOW).seq;
    await waitFor(async () => (await liveState(core)).link.lastSeq === serverSeq(), 'the snapshot');
    const snapshots = runLog(dataDir, run.id, 'snapshot').map((entry) => entry.payload);
    expect(snapshots.at(-1)).toMatchObject({
      reason: 'snapshotRequired (too_old)',
      replacedSeq: seqBefore,
      seq: serverSeq(),
    });
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 800, sold: 200 });

    // Events after the snapshot apply as usual.
    await runCrowd({ ...crowd, rate: Infinity, orders: 5 });
    await waitFor(async () => (await liveState(core)).products[0].sold === 205, 'later orders');
    expect((await liveState(core)).link.protocolErrors).toBe(0);
  });
});
