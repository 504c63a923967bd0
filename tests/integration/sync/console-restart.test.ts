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
  readConsoleDb,
  record,
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

function orderCounts(dataDir: string, runId: number) {
  return readConsoleDb(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT count(*) AS entries, count(DISTINCT json_extract(payload, '$.orderId')) AS orders
           FROM run_log WHERE run_id = ? AND kind = 'event'
             AND json_extract(payload, '$.type') = 'order'`,
        )
        .get(runId) as { entries: number; orders: number },
  );
}

describe('console restart', () => {
  it('resumes the open run: same seq, pending commands sent once, no order twice', async () => {
    const server = await startServer(tempDir());
    cleanups.push(() => server.close());
    const proxy = await TcpProxy.start(server.port);
    cleanups.push(() => proxy.close());
    const dataDir = tempDir();
    const first = startConsole(dataDir);
    cleanups.push(() => first.close());

    const showId = await createShow(first, [{ sku: 'A', stock: 5000 }]);
    const connect = {
      showId,
      serverUrl: proxy.url,
      token: TOKEN,
      serverShowId: SERVER_SHOW,
    };
    const run = await invoke(first, 'link.connect', connect);
    await invoke(first, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await liveState(first)).showState === 'live', 'the show');
    const crowd = { url: server.url, token: TOKEN, showId: SERVER_SHOW, skus: ['A'] };
    await runCrowd({ ...crowd, rate: Infinity, orders: 400 });
    const serverSeq = () => server.inspect(SERVER_SHOW).seq;
    await waitFor(async () => (await liveState(first)).link.lastSeq === serverSeq(), 'catch up');

    proxy.block();
    await waitFor(async () => (await liveState(first)).link.state === 'reconnecting', 'the drop');
    const restock = await invoke(first, 'live.command', {
      command: { type: 'restock', sku: 'A', units: 10 },
    });
    const price = await invoke(first, 'live.command', {
      command: { type: 'setPrice', sku: 'A', priceMinor: 777 },
    });
    const seqBefore = (await liveState(first)).link.lastSeq;
    first.close();

    await runCrowd({ ...crowd, rate: Infinity, orders: 300 });
    const second = startConsole(dataDir);
    cleanups.push(() => second.close());
    const outcomes = record(second, 'command.outcome');
    const resumed = await liveState(second);
    expect(resumed.run.id).toBe(run.id);
    expect(resumed.link.lastSeq).toBe(seqBefore);
    expect(resumed.pending.map((p) => p.commandId)).toEqual([restock.commandId, price.commandId]);
    expect(resumed.products[0].display).toMatchObject({ stock: 5000 - 400 + 10, priceMinor: 777 });
    expect(runLog(dataDir, run.id, 'run_resumed')).toHaveLength(1);

    proxy.unblock();
    await waitFor(() => outcomes.length === 2, 'both acknowledgements');
    expect(outcomes.map((o) => [o.commandId, o.status])).toEqual([
      [restock.commandId, 'applied'],
      [price.commandId, 'applied'],
    ]);
    await waitFor(async () => (await liveState(second)).link.lastSeq === serverSeq(), 'catch up');
    const ledger = server.inspect(SERVER_SHOW);
    expect(ledger.snapshot.products[0]).toMatchObject({ stock: 5000 - 700 + 10, priceMinor: 777 });
    expect((await liveState(second)).products[0]).toMatchObject({
      stock: 5000 - 700 + 10,
      sold: 700,
      priceMinor: 777,
      pendingCommandIds: [],
    });
    expect(orderCounts(dataDir, run.id)).toEqual({ entries: 700, orders: 700 });
    for (const { commandId } of [restock, price]) {
      const logged = runLog(dataDir, run.id, 'command_outcome').filter(
        (entry) => entry.payload.commandId === commandId,
      );
      expect(logged).toHaveLength(1);
    }

    // Connecting again to the same show and server resumes the same run.
    expect((await invoke(second, 'link.connect', connect)).id).toBe(run.id);

    // Ending the run: nothing is open any more, also after another restart.
    const states = record(second, 'live.state');
    const ended = await invoke(second, 'run.end', {});
    expect(ended.endedAt).not.toBeNull();
    expect(states.at(-1)).toEqual({ type: 'full', state: null });
    expect(await invoke(second, 'live.state', {})).toBeNull();
    second.close();
    const third = startConsole(dataDir);
    cleanups.push(() => third.close());
    expect(await invoke(third, 'live.state', {})).toBeNull();
    const again = await invoke(third, 'link.connect', connect);
    expect(again.id).not.toBe(run.id);
  });

  it('refuses a second run while one is open, and commands without a run', async () => {
    const dataDir = tempDir();
    const core = startConsole(dataDir);
    cleanups.push(() => core.close());
    const showId = await createShow(core, [{ sku: 'A', stock: 1 }]);
    const noRun = await core.dispatch('live.command', { command: { type: 'unpin' } });
    expect(noRun).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const input = {
      showId,
      serverUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      serverShowId: SERVER_SHOW,
    };
    await invoke(core, 'link.connect', input);
    const other = await core.dispatch('link.connect', { ...input, serverShowId: 'other' });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const badUrl = await core.dispatch('link.connect', { ...input, serverUrl: 'ftp://x' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const withPath = await core.dispatch('link.connect', {
      ...input,
      serverUrl: 'http://127.0.0.1:9/ns',
    });
    expect(withPath).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const status = await invoke(core, 'link.disconnect', {});
    expect(status?.state).toBe('offline');
    const { commandId } = await invoke(core, 'live.command', { command: { type: 'unpin' } });
    expect((await liveState(core)).pending.map((p) => p.commandId)).toEqual([commandId]);
  });
});
