import { describe, expect, it } from 'vitest';
import type { LiveCommand } from '../../../src/shared/model/live';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import {
  caughtUp,
  loggedOrders,
  openDocSession,
  serverOrders,
  type DocSession,
} from '../../support/doc-session';

const harness = useConsoleHarness();

async function live(session: DocSession): Promise<void> {
  const command: LiveCommand = { type: 'startShow' };
  await invoke(session.core, 'live.command', { command });
  await waitFor(async () => (await liveState(session.core)).showState === 'live', 'the show live');
}

async function linkOf({ core }: DocSession) {
  return (await liveState(core)).link;
}

describe.each([
  { label: 'with history', features: ['heartbeat', 'history'], missing: 0 },
  { label: 'without history', features: [], missing: 50 },
])('a cut beyond the doc server’s replay window, $label', ({ features, missing }) => {
  it('takes the snapshot, and fills the log only where history is agreed', async () => {
    const session = await openDocSession(harness, [{ sku: 'A', stock: 1000 }], {
      features,
      retainEvents: 20,
    });
    await live(session);
    const before = (await linkOf(session)).lastSeq;
    session.relay.block();
    await waitFor(async () => (await linkOf(session)).state !== 'connected', 'the cut');
    for (let i = 0; i < 50; i += 1) session.doc.buy('A', 2, `viewer-${i}`);
    session.relay.unblock();
    await caughtUp(session);

    const snapshot = runLog(session.dataDir, session.run.id, 'snapshot').at(-1)?.payload;
    expect(snapshot).toMatchObject({
      reason: 'snapshotRequired (too_old)',
      replacedSeq: before,
      seq: session.doc.show.seq,
    });
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 900, sold: 100 });
    await waitFor(async () => (await linkOf(session)).logMissing === missing, 'the backfill');
    expect(loggedOrders(session)).toEqual(missing === 0 ? serverOrders(session) : []);

    // Later orders apply as usual.
    session.doc.buy('A', 1, 'viewer-late');
    await caughtUp(session);
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 899, sold: 101 });
    expect(await linkOf(session)).toMatchObject({ protocolErrors: 0, logMissing: missing });
  }, 60_000);
});

describe.each([
  { label: 'heartbeats', features: ['heartbeat'] },
  { label: 'no heartbeats (the console probes)', features: [] },
])('a doc server whose traffic stalls, with $label', ({ features }) => {
  it('is fresh while idle, stale while stalled, fresh again after', async () => {
    const session = await openDocSession(harness, [{ sku: 'A', stock: 100 }], { features });
    await live(session);
    // Idle for more than 2 s (5 heartbeats at 500 ms, or 3 probes 1 s apart each answered): the
    // link stays fresh.
    const signs = () =>
      features.length > 0
        ? session.doc.heartbeatsSent
        : session.doc.received.filter((message) => message.name === 'clock').length;
    const seen = signs();
    await waitFor(() => signs() >= seen + (features.length > 0 ? 5 : 3), 'an idle spell');
    expect(await linkOf(session)).toMatchObject({ state: 'connected', stale: false });

    session.doc.stall();
    session.doc.buy('A', 1);
    await waitFor(async () => (await linkOf(session)).stale, 'the link to turn stale');
    const stale = await linkOf(session);
    expect(stale.state).toBe('connected');
    expect(stale.lastSeq).toBe(session.doc.show.seq - 1);

    session.doc.release();
    await waitFor(async () => !(await linkOf(session)).stale, 'the link to be fresh again');
    await caughtUp(session);
    const states = runLog(session.dataDir, session.run.id, 'link').map((row) => row.payload.state);
    expect(states.slice(states.indexOf('stale'))).toEqual(['stale', 'connected']);
  }, 60_000);
});
