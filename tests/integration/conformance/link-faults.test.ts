import { describe, expect, it } from 'vitest';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { useDocSessions, type DocSession } from '../../support/doc-session';
import { loggedEventSeqs, seqsUpTo } from '../history/ledger-log';

const openSession = useDocSessions();

/** A session on a live show of one product with `stock` units, its lineup acknowledged. */
async function liveSession(stock: number, features?: string[]): Promise<DocSession> {
  const session = await openSession([{ sku: 'A', stock }], { features });
  await session.live();
  return session;
}

/** The console holds what the doc server holds: figures, every event and order once, in order. */
async function sameAsServer(session: DocSession): Promise<void> {
  await session.caughtUp();
  const { core, doc, dataDir, run } = session;
  const [served] = doc.show.products;
  expect((await liveState(core)).products[0]).toMatchObject({
    stock: served.stock,
    sold: served.sold,
  });
  expect(session.loggedOrders()).toEqual(session.serverOrders());
  expect(loggedEventSeqs(dataDir, run.id)).toEqual(seqsUpTo(doc.show.seq));
}

describe('link faults against the doc server', () => {
  it('resumes after a drop in the middle of a batch, logging each order once', async () => {
    const session = await liveSession(1000);
    const { doc, core } = session;
    const opened = doc.connectionsOpened;
    doc.stall();
    for (let i = 0; i < 40; i += 1) doc.buy('A', 1 + (i % 3), `viewer-${i}`);
    doc.cutMidBatch = true;
    doc.release();
    await waitFor(() => doc.connectionsOpened > opened, 'the console to connect again');
    for (let i = 40; i < 50; i += 1) doc.buy('A', 1, `viewer-${i}`);
    await sameAsServer(session);
    const link = (await liveState(core)).link;
    expect(link).toMatchObject({ state: 'connected', stale: false, protocolErrors: 0 });
    // The drop is told as such, and the new connection resumes where the log ends.
    const states = runLog(session.dataDir, session.run.id, 'link').map((row) => row.payload);
    expect(states.slice(-2)).toMatchObject([
      { state: 'reconnecting', note: { code: 'dropped' } },
      { state: 'connected', note: { code: 'welcome' } },
    ]);
  }, 60_000);

  it.each([
    { label: 'all features', features: undefined },
    { label: 'no features (the console probes)', features: [] },
  ])(
    'is stale with the silence counting on a half-open link, and catches up after ($label)',
    async ({ features }) => {
      const session = await liveSession(1000, features);
      const { doc, core } = session;
      doc.halfOpen();
      for (let i = 0; i < 10; i += 1) doc.buy('A', 2, `viewer-${i}`);
      await session.command({ type: 'restock', sku: 'A', units: 100 });
      await waitFor(async () => {
        const { link } = await liveState(core);
        return link.stale && link.commandsOverdue === 1 && (link.lastEventAgeMs ?? 0) >= 3000;
      }, 'a stale link, counting, with the restock overdue');
      const stalled = await liveState(core);
      expect(stalled.link).toMatchObject({ state: 'connected', lastSeq: doc.show.seq - 10 });
      // The figures are the last the server sent (the console shows them as stale).
      expect(stalled.products[0]).toMatchObject({ stock: 1000, sold: 0 });

      const outcomes = record(core, 'command.outcome');
      doc.release();
      await waitFor(() => outcomes.length === 1, 'the restock settled', 30_000);
      expect(outcomes[0].status === 'applied' || outcomes[0].original === 'applied').toBe(true);
      await waitFor(async () => !(await liveState(core)).link.stale, 'a fresh link');
      await sameAsServer(session);
      expect((await liveState(core)).products[0]).toMatchObject({ stock: 1080, sold: 20 });
      expect((await liveState(core)).link).toMatchObject({ protocolErrors: 0, commandsPending: 0 });
    },
    60_000,
  );

  it('applies events sent out of order or twice, within and across batches, once each', async () => {
    const session = await liveSession(1000);
    const { doc, core } = session;
    const base = doc.show.seq;
    doc.stall();
    for (let i = 0; i < 8; i += 1) doc.buy('A', 1, `viewer-${i}`);
    const e = (n: number) => doc.show.log[base + n - 1];
    doc.sendRaw('events', { events: [e(1), e(2), e(2), e(3)] });
    doc.sendRaw('events', { events: [e(3), e(4)] });
    doc.sendRaw('events', { events: [e(6), e(5)] });
    doc.sendRaw('events', { events: [e(8)] });
    doc.sendRaw('events', { events: [e(7)] });
    doc.release();
    await sameAsServer(session);
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 992, sold: 8 });
    // Repeats are dropped quietly; the first gap is recorded once and closed by a resume.
    const errors = runLog(session.dataDir, session.run.id, 'protocol_error');
    expect(errors.map((row) => row.payload.note)).toEqual([
      { code: 'gap', params: { expected: base + 5, received: base + 6, fromSeq: base + 4 } },
    ]);
    expect((await liveState(core)).link).toMatchObject({ state: 'connected', stale: false });
  }, 60_000);
});
