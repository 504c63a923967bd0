import { describe, expect, it } from 'vitest';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { invoke } from '../../support/core-api';
import { DOC_FEATURES } from '../../support/doc-server/server';
import { useDocSessions, type DocSession } from '../../support/doc-session';

const openSession = useDocSessions();

/** The console's figures of every product equal the doc server's. */
async function sameFigures(session: DocSession): Promise<void> {
  await session.caughtUp();
  const state = await liveState(session.core);
  expect(
    state.products.map(({ sku, stock, sold, priceMinor }) => ({ sku, stock, sold, priceMinor })),
  ).toEqual(
    session.doc.show.products.map(({ sku, stock, sold, priceMinor }) => ({
      sku,
      stock,
      sold,
      priceMinor,
    })),
  );
  expect(state.showState).toBe(session.doc.show.state);
  expect(state.pin.sku).toBe(session.doc.show.pin.sku);
}

describe.each([
  { label: 'all features', features: [...DOC_FEATURES] },
  { label: 'no features', features: [] },
])('a show against the doc server with $label', ({ features }) => {
  it('runs from connect to end as against the reference server', async () => {
    const session = await openSession(
      [
        { sku: 'A', stock: 100 },
        { sku: 'B', stock: 20 },
      ],
      { features },
    );
    const { core, doc } = session;
    const outcomes = record(core, 'command.outcome');
    await session.live();

    await session.command({ type: 'pin', sku: 'A', seconds: 600 });
    await waitFor(async () => (await liveState(core)).pin.sku === 'A', 'the pin');
    for (let i = 0; i < 30; i += 1) doc.buy('A', 1, `viewer-${i}`);
    await sameFigures(session);

    await session.command({
      type: 'flashSale',
      sku: 'A',
      priceMinor: 500,
      unitCap: 5,
      seconds: 600,
    });
    await waitFor(
      async () => (await liveState(core)).products[0].flashSale !== null,
      'the flash sale',
    );
    for (let i = 0; i < 7; i += 1) doc.buy('A', 1, `viewer-${i}`);
    await sameFigures(session);
    expect((await liveState(core)).products[0].flashSale).toBeNull();
    expect(
      doc.show.log.filter((event) => event.type === 'order').map((event) => event.priceMinor),
    ).toEqual([...Array(30).fill(1000), ...Array(5).fill(500), 1000, 1000]);

    await session.command({ type: 'restock', sku: 'B', units: 50 });
    await session.command({ type: 'setPrice', sku: 'B', priceMinor: 1200 });
    doc.buy('B', 3, 'viewer-b');
    await sameFigures(session);
    expect((await liveState(core)).products[1]).toMatchObject({
      stock: 67,
      sold: 3,
      priceMinor: 1200,
    });

    // A cut: the console resumes, and the orders sold meanwhile arrive once.
    session.relay.block();
    await waitFor(async () => (await liveState(core)).link.state !== 'connected', 'the cut');
    for (let i = 0; i < 10; i += 1) doc.buy('B', 1, `viewer-${i}`);
    session.relay.unblock();
    await sameFigures(session);

    // Undo of an unpin pins again.
    await session.command({ type: 'unpin' });
    await waitFor(async () => (await liveState(core)).pin.sku === null, 'the unpin');
    const [offer] = await invoke(core, 'undo.offers', {});
    expect(offer).toMatchObject({ kind: 'unpin', sku: 'A' });
    await invoke(core, 'undo.take', { id: offer.id });
    await waitFor(async () => (await liveState(core)).pin.sku === 'A', 'the pin again');

    await session.command({ type: 'endShow' });
    await waitFor(
      async () => (await invoke(core, 'live.state', {})) === null,
      'the run to close by itself once the show ended',
    );
    expect(doc.show.state).toBe('ended');
    // The lineup upload's outcome may come before or after the recording starts.
    const producers = outcomes.filter((outcome) => outcome.kind !== 'upsertLineup');
    expect(producers.map((outcome) => outcome.status)).toEqual(Array(8).fill('applied'));
    expect(session.loggedOrders()).toEqual(session.serverOrders());
    expect(new Set(session.loggedOrders()).size).toBe(48);
    expect(runLog(session.dataDir, session.run.id, 'protocol_error')).toEqual([]);

    const results = await invoke(core, 'review.results', { runId: session.run.id });
    expect(
      results.products.map(({ sku, orders, unitsSold, revenueMinor, finalStock }) => ({
        sku,
        orders,
        unitsSold,
        revenueMinor,
        finalStock,
      })),
    ).toEqual(
      doc.show.products.map(({ sku, stock }) => {
        const orders = doc.show.log.flatMap((event) =>
          event.type === 'order' && event.sku === sku ? [event] : [],
        );
        return {
          sku,
          orders: orders.length,
          unitsSold: orders.reduce((sum, order) => sum + order.qty, 0),
          revenueMinor: orders.reduce((sum, order) => sum + order.qty * order.priceMinor, 0),
          finalStock: stock,
        };
      }),
    );
    for (const product of results.products) expect(product.revenueComplete).toBe(true);
  }, 120_000);
});
