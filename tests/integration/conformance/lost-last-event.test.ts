import { describe, expect, it } from 'vitest';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useDocSessions } from '../../support/doc-session';

const openSession = useDocSessions();

describe('the last event of a quiet spell dropped as malformed', () => {
  it('is fetched again once a heartbeat shows the console is behind', async () => {
    const session = await openSession([{ sku: 'A', stock: 100 }], {
      features: ['heartbeat'],
    });
    const { core, doc, dataDir, run } = session;
    await session.live();

    doc.corruptNextBatch = true;
    doc.buy('A', 3, 'viewer-1');
    // No later event shows the gap; the heartbeat's seq does.
    await session.caughtUp();
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 97, sold: 3 });
    expect(session.loggedOrders()).toEqual(session.serverOrders());
    const errors = runLog(dataDir, run.id, 'protocol_error').map((row) => row.payload.note);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'malformed_event' }),
      { code: 'behind', params: { serverSeq: doc.show.seq, fromSeq: doc.show.seq - 1 } },
    ]);
    await waitFor(async () => (await liveState(core)).link.stale === false, 'a fresh link');
  });
});
