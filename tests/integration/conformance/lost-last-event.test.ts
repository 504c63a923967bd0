import { describe, expect, it } from 'vitest';
import type { LiveCommand } from '../../../src/shared/model/live';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { caughtUp, loggedOrders, openDocSession, serverOrders } from '../../support/doc-session';

const harness = useConsoleHarness();

describe('the last event of a quiet spell dropped as malformed', () => {
  it('is fetched again once a heartbeat shows the console is behind', async () => {
    const session = await openDocSession(harness, [{ sku: 'A', stock: 100 }], {
      features: ['heartbeat'],
    });
    const { core, doc, dataDir, run } = session;
    const start: LiveCommand = { type: 'startShow' };
    await invoke(core, 'live.command', { command: start });
    await waitFor(async () => (await liveState(core)).showState === 'live', 'the show live');

    doc.corruptNextBatch = true;
    doc.buy('A', 3, 'viewer-1');
    // No later event shows the gap; the heartbeat's seq does.
    await caughtUp(session);
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 97, sold: 3 });
    expect(loggedOrders(session)).toEqual(serverOrders(session));
    const errors = runLog(dataDir, run.id, 'protocol_error').map((row) => row.payload.note);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'malformed_event' }),
      { code: 'behind', params: { serverSeq: doc.show.seq, fromSeq: doc.show.seq - 1 } },
    ]);
    await waitFor(async () => (await liveState(core)).link.stale === false, 'a fresh link');
  });
});
