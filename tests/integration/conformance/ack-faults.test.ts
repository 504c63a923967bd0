import { describe, expect, it } from 'vitest';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import type { Ack } from '../../support/doc-server/wire';
import { useDocSessions, type DocSession } from '../../support/doc-session';

const openSession = useDocSessions();

/** The commands the doc server received, by type. */
function received({ doc }: DocSession, type: string): unknown[] {
  return doc.received.filter(
    ({ name, payload }) => name === 'command' && (payload as { type?: unknown }).type === type,
  );
}

/** The outcomes of `kind` commands in the console's run log. */
function loggedOutcomes({ dataDir, run }: DocSession, kind: string) {
  return runLog(dataDir, run.id, 'command_outcome')
    .map((row) => row.payload)
    .filter((outcome) => outcome.kind === kind);
}

/** Opens a session and waits until its lineup upload is acknowledged. */
async function quietSession(stock: number): Promise<DocSession> {
  const session = await openSession([{ sku: 'A', stock }]);
  await waitFor(
    async () => (await session.link()).commandsPending === 0,
    'the lineup upload acknowledged',
  );
  return session;
}

describe('acks from the doc server', () => {
  it('reads a rejection whose optional issues has the wrong type, once, as a rejection', async () => {
    const session = await quietSession(10);
    session.doc.rewriteAck = (ack: Ack) =>
      ack.status === 'rejected'
        ? { ...ack, reason: { ...ack.reason, issues: 'see the server log' } }
        : ack;
    const outcomes = record(session.core, 'command.outcome');
    await session.command({ type: 'restock', sku: 'NOPE', units: 5 });
    await waitFor(() => outcomes.length === 1, 'the outcome');
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'unknown_sku' } });
    const { link, pending } = await liveState(session.core);
    expect(pending).toEqual([]);
    expect(link).toMatchObject({ protocolErrors: 0, commandsPending: 0 });
  });

  it('keeps the first of an ack sent twice and settles the command once', async () => {
    const session = await quietSession(10);
    session.doc.ackTwice = true;
    const outcomes = record(session.core, 'command.outcome');
    await session.command({ type: 'restock', sku: 'A', units: 5 });
    await session.command({ type: 'restock', sku: 'A', units: 7 });
    await waitFor(() => outcomes.length === 2, 'the outcomes');
    await session.caughtUp();
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied']);
    expect(loggedOutcomes(session, 'restock')).toHaveLength(2);
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 22 });
    expect((await liveState(session.core)).link).toMatchObject({
      protocolErrors: 0,
      commandsPending: 0,
    });
  });

  it('logs an ack for a command it did not send, and settles its own by sending again', async () => {
    const session = await quietSession(10);
    let answered = 0;
    session.doc.rewriteAck = (ack: Ack) =>
      ack.commandId !== null && (answered += 1) === 1 ? { ...ack, commandId: 'not-yours' } : ack;
    const outcomes = record(session.core, 'command.outcome');
    await session.command({ type: 'restock', sku: 'A', units: 5 });
    await waitFor(() => outcomes.length === 1, 'the outcome', 30_000);
    // Applied once by the server; the resend is answered as a duplicate of that.
    expect(outcomes[0]).toMatchObject({ status: 'duplicate', original: 'applied' });
    await session.caughtUp();
    expect((await liveState(session.core)).products[0]).toMatchObject({ stock: 15 });
    const errors = runLog(session.dataDir, session.run.id, 'protocol_error');
    expect(errors.map((row) => row.payload.note)).toEqual([
      { code: 'mismatched_ack', params: { commandId: 'not-yours', answered: expect.any(String) } },
    ]);
    // (Twice, or more when a loaded machine lets an ack take longer than the 1 s timeout.)
    expect(received(session, 'restock').length).toBeGreaterThanOrEqual(2);
    expect((await liveState(session.core)).link).toMatchObject({ commandsPending: 0 });
  });

  it('waits out a server whose acks and events come seconds late, applying each once', async () => {
    const session = await quietSession(100);
    const { doc, core } = session;
    await session.live();
    // Acks come after the console's 1 s ack timeout (FAST_SYNC): it sends again, the server
    // answers the repeat as a duplicate, and the stock counts the restock once.
    doc.delayMs = 2500;
    const outcomes = record(core, 'command.outcome');
    await session.command({ type: 'restock', sku: 'A', units: 5 });
    for (let i = 0; i < 20; i += 1) doc.buy('A', 1, `viewer-${i}`);
    // The first 2.5 s are silent: the link turns stale (journaled), until the late messages come.
    const linkStates = () =>
      runLog(session.dataDir, session.run.id, 'link').map((row) => row.payload.state);
    await waitFor(() => linkStates().includes('stale'), 'the link to turn stale');
    await waitFor(() => outcomes.length === 1, 'the outcome', 60_000);
    await waitFor(
      async () => (await liveState(core)).link.lastSeq === doc.show.seq,
      'the late events',
      60_000,
    );
    doc.delayMs = 0;
    await waitFor(async () => !(await liveState(core)).link.stale, 'a fresh link', 30_000);
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 85, sold: 20 });
    expect(outcomes[0].status === 'applied' || outcomes[0].original === 'applied').toBe(true);
    expect(loggedOutcomes(session, 'restock')).toHaveLength(1);
    const orders = runLog(session.dataDir, session.run.id, 'event').filter(
      (row) => row.payload.type === 'order',
    );
    expect(orders).toHaveLength(20);
    expect((await liveState(core)).link).toMatchObject({ protocolErrors: 0, commandsPending: 0 });
  }, 90_000);
});
