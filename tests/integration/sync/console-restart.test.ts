import { describe, expect, it } from 'vitest';
import {
  createShow,
  liveState,
  readConsoleDb,
  record,
  runLog,
  waitFor,
} from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { goLive, invoke, invokeError } from '../../support/core-api';

const harness = useConsoleHarness();

function orderCounts(dataDir: string, runId: number) {
  return readConsoleDb(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT count(*) AS entries, count(DISTINCT json_extract(payload, '$.orderId')) AS orders
           FROM run_log_entries WHERE run_id = ? AND kind = 'event'
             AND json_extract(payload, '$.type') = 'order'`,
        )
        .get(runId) as { entries: number; orders: number },
  );
}

describe('console restart', () => {
  it('resumes the open run: same seq, pending commands sent once, no order twice', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 5000 }],
      proxy: true,
      until: 'live',
    });
    const { proxy, dataDir, runId, target } = session;
    const first = session.core;
    await session.crowd({ skus: ['A'], rate: Infinity, orders: 400 });
    await session.caughtUp();

    proxy.block();
    await waitFor(async () => (await liveState(first)).link.state === 'reconnecting', 'the drop');
    const restock = await session.command({ type: 'restock', sku: 'A', units: 10 });
    const price = await session.command({ type: 'setPrice', sku: 'A', priceMinor: 777 });
    const seqBefore = (await liveState(first)).link.lastSeq;
    first.close();

    await session.crowd({ skus: ['A'], rate: Infinity, orders: 300 });
    const second = harness.startConsole(dataDir);
    const outcomes = record(second, 'command.outcome');
    const resumed = await liveState(second);
    expect(resumed.run.id).toBe(runId);
    expect(resumed.link.lastSeq).toBe(seqBefore);
    expect(resumed.pending.map((p) => p.commandId)).toEqual([restock.commandId, price.commandId]);
    expect(resumed.products[0].display).toMatchObject({ stock: 5000 - 400 + 10, priceMinor: 777 });
    expect(runLog(dataDir, runId, 'run_resumed')).toHaveLength(1);

    proxy.unblock();
    await waitFor(() => outcomes.length === 2, 'both acknowledgements');
    expect(outcomes.map((o) => [o.commandId, o.status])).toEqual([
      [restock.commandId, 'applied'],
      [price.commandId, 'applied'],
    ]);
    await session.caughtUp(second);
    expect(session.inspect().snapshot.products[0]).toMatchObject({
      stock: 5000 - 700 + 10,
      priceMinor: 777,
    });
    expect((await liveState(second)).products[0]).toMatchObject({
      stock: 5000 - 700 + 10,
      sold: 700,
      priceMinor: 777,
      pendingCommandIds: [],
    });
    expect(orderCounts(dataDir, runId)).toEqual({ entries: 700, orders: 700 });
    for (const { commandId } of [restock, price]) {
      const logged = runLog(dataDir, runId, 'command_outcome').filter(
        (entry) => entry.payload.commandId === commandId,
      );
      expect(logged).toHaveLength(1);
    }

    // Connecting again to the same show and server resumes the same run.
    expect((await invoke(second, 'link.connect', target)).id).toBe(runId);

    // Ending the run: nothing is open any more, also after another restart.
    const states = record(second, 'live.state');
    const ended = await invoke(second, 'run.end', {});
    expect(ended.endedAt).not.toBeNull();
    expect(states.at(-1)).toEqual({ type: 'full', state: null });
    expect(await invoke(second, 'live.state', {})).toBeNull();
    second.close();
    const third = harness.startConsole(dataDir);
    expect(await invoke(third, 'live.state', {})).toBeNull();
    // Connecting does not open a new run: that takes going live again.
    const again = await invokeError(third, 'link.connect', target);
    expect(again.text?.code).toBe('go_live_first');
    expect(await invoke(third, 'live.state', {})).toBeNull();
  });

  it('opens a live run only through the go-live checklist; link.connect only reconnects', async () => {
    const dataDir = await harness.tempDir();
    const core = harness.startConsole(dataDir);
    const showId = await createShow(core, [{ sku: 'A', stock: 1 }]);
    const noRun = await core.dispatch('live.command', { command: { type: 'unpin' } });
    expect(noRun).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unreachable = {
      showId,
      serverUrl: 'http://127.0.0.1:9',
      token: TEST_TOKEN,
      serverShowId: TEST_SHOW,
    };
    // Through the API as through the UI: no live run without a passed checklist.
    const connect = await invokeError(core, 'link.connect', unreachable);
    expect(connect).toMatchObject({ code: 'conflict', text: { code: 'go_live_first' } });
    const { name } = await invoke(core, 'show.get', { showId });
    const unchecked = await invokeError(core, 'live.goLive', {
      ...unreachable,
      confirmation: name,
    });
    expect(unchecked).toMatchObject({
      code: 'conflict',
      text: { code: 'go_live_checklist_failed', params: { count: 1 } },
    });
    expect(unchecked.issues.map((issue) => issue.path)).toEqual([
      ['checklist', 'server_reachable'],
    ]);
    expect(await invoke(core, 'live.state', {})).toBeNull();
    const runs = readConsoleDb(dataDir, (db) => db.prepare('SELECT count(*) AS n FROM runs').get());
    expect(runs).toEqual({ n: 0 });

    const server = await harness.startServer();
    const input = { ...unreachable, serverUrl: server.url };
    const run = await goLive(core, input);
    expect(run.kind).toBe('live');
    expect((await invoke(core, 'link.connect', input)).id).toBe(run.id);
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
