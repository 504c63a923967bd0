import { describe, expect, it } from 'vitest';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useDocSessions } from '../../support/doc-session';

const openSession = useDocSessions();

describe.each([
  { label: 'with history', features: ['heartbeat', 'history'], missing: 0 },
  { label: 'without history', features: [], missing: 50 },
])('a cut beyond the doc server’s replay window, $label', ({ features, missing }) => {
  it('takes the snapshot, and fills the log only where history is agreed', async () => {
    const session = await openSession([{ sku: 'A', stock: 1000 }], {
      features,
      retainEvents: 20,
    });
    await session.live();
    const before = (await session.link()).lastSeq;
    session.relay.block();
    await waitFor(async () => (await session.link()).state !== 'connected', 'the cut');
    for (let i = 0; i < 50; i += 1) session.doc.buy('A', 2, `viewer-${i}`);
    session.relay.unblock();
    await session.caughtUp();

    const snapshot = runLog(session.dataDir, session.run.id, 'snapshot').at(-1)?.payload;
    expect(snapshot).toMatchObject({
      reason: 'snapshotRequired (too_old)',
      replacedSeq: before,
      seq: session.doc.show.seq,
    });
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 900, sold: 100 });
    await waitFor(async () => (await session.link()).logMissing === missing, 'the backfill');
    expect(session.loggedOrders()).toEqual(missing === 0 ? session.serverOrders() : []);

    // Later orders apply as usual.
    session.doc.buy('A', 1, 'viewer-late');
    await session.caughtUp();
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 899, sold: 101 });
    expect(await session.link()).toMatchObject({ protocolErrors: 0, logMissing: missing });
  }, 60_000);
});

describe.each([
  { label: 'heartbeats', features: ['heartbeat'] },
  { label: 'no heartbeats (the console probes)', features: [] },
])('a doc server whose traffic stalls, with $label', ({ features }) => {
  it('is fresh while idle, stale while stalled, fresh again after', async () => {
    const session = await openSession([{ sku: 'A', stock: 100 }], { features });
    await session.live();
    // Idle for more than 2 s (5 heartbeats at 500 ms, or 3 probes 1 s apart each answered): the
    // link stays fresh.
    const signs = () =>
      features.length > 0
        ? session.doc.heartbeatsSent
        : session.doc.received.filter((message) => message.name === 'clock').length;
    const seen = signs();
    await waitFor(() => signs() >= seen + (features.length > 0 ? 5 : 3), 'an idle spell');
    expect(await session.link()).toMatchObject({ state: 'connected', stale: false });

    session.doc.stall();
    session.doc.buy('A', 1);
    await waitFor(async () => (await session.link()).stale, 'the link to turn stale');
    const stale = await session.link();
    expect(stale.state).toBe('connected');
    expect(stale.lastSeq).toBe(session.doc.show.seq - 1);

    session.doc.release();
    await waitFor(async () => !(await session.link()).stale, 'the link to be fresh again');
    await session.caughtUp();
    const states = runLog(session.dataDir, session.run.id, 'link').map((row) => row.payload.state);
    expect(states.slice(states.indexOf('stale'))).toEqual(['stale', 'connected']);
  }, 60_000);
});
