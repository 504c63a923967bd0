import { describe, expect, it } from 'vitest';
import { liveState, readConsoleDb, record, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke, invokeError } from '../../support/core-api';

const harness = useConsoleHarness();

interface Row {
  kind: string;
  payload: string;
}

function logOf(dataDir: string, runId: number, kind: string): unknown[] {
  const rows = readConsoleDb(dataDir, (db) =>
    db.prepare('SELECT kind, payload FROM run_log WHERE run_id = ? AND kind = ?').all(runId, kind),
  ) as Row[];
  return rows.map((row) => JSON.parse(row.payload) as unknown);
}

describe('commands still pending when the run ends', () => {
  it('asks first, then drops them unsent and logs the choice and each outcome', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }], proxy: true });
    const { core, dataDir, runId } = session;
    session.proxy.block();
    await waitFor(async () => (await liveState(core)).link.state !== 'connected', 'the drop');
    const { commandId } = await session.command({ type: 'restock', sku: 'A', units: 3 });

    const asked = await invokeError(core, 'run.end', {});
    expect(asked.code).toBe('conflict');
    expect(asked.issues).toEqual([{ path: ['pending'], message: '1' }]);
    expect(await invoke(core, 'live.state', {})).not.toBeNull();

    const outcomes = record(core, 'command.outcome');
    const ended = await invoke(core, 'run.end', { pending: 'drop' });
    expect(ended.endedAt).not.toBeNull();
    expect(outcomes).toMatchObject([
      { commandId, status: 'dropped', reason: { code: 'dropped_at_end' } },
    ]);
    expect(logOf(dataDir, runId, 'pending_at_end')).toEqual([
      { choice: 'drop', commandIds: [commandId] },
    ]);
    expect(logOf(dataDir, runId, 'command_outcome')).toContainEqual(
      expect.objectContaining({
        commandId,
        status: 'dropped',
        reason: expect.objectContaining({ code: 'dropped_at_end' }),
      }),
    );
    const status = readConsoleDb(dataDir, (db) =>
      db.prepare('SELECT status FROM outbox WHERE command_id = ?').get(commandId),
    );
    expect(status).toEqual({ status: 'dropped' });
    // The review shows it as dropped, not as a rejection.
    const { markers } = await invoke(core, 'review.timeline', { runId });
    expect(markers.filter((marker) => marker.type === 'commandRejected')).toEqual([]);
    expect(markers.filter((marker) => marker.type === 'commandDropped')).toMatchObject([
      { kind: 'restock', message: expect.stringContaining('never sent') },
    ]);
    session.proxy.unblock();
    expect(session.inspect().snapshot.products[0]?.stock).toBe(5);
  });

  it('sends them and ends once the server answered', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }], proxy: true });
    const { core, dataDir, runId } = session;
    session.proxy.block();
    await waitFor(async () => (await liveState(core)).link.state !== 'connected', 'the drop');
    const { commandId } = await session.command({ type: 'restock', sku: 'A', units: 3 });

    const ending = invoke(core, 'run.end', { pending: 'send' });
    session.proxy.unblock();
    const ended = await ending;
    expect(ended.endedAt).not.toBeNull();
    expect(session.inspect().snapshot.products[0]?.stock).toBe(8);
    expect(logOf(dataDir, runId, 'pending_at_end')).toEqual([
      { choice: 'send', commandIds: [commandId] },
    ]);
    expect(logOf(dataDir, runId, 'command_outcome')).toContainEqual(
      expect.objectContaining({ commandId, status: 'applied' }),
    );
  });
});
