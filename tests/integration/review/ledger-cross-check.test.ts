import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { liveState, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { TEST_SHOW } from '../../support/sale-server';
import { invoke } from '../../support/core-api';
import { ledgerResults } from './ledger';

const harness = useConsoleHarness();

const OPENING = { DURIAN: 300, COCO: 500, RICE: 2_000 };

describe('review results against the sale server ledger', () => {
  it(
    'equal the ledger per product after a crowd run with a price change, a restock and a cut link',
    { timeout: 60_000 },
    async () => {
      const session = await harness.openSession({
        products: Object.entries(OPENING).map(([sku, stock]) => ({ sku, stock })),
      });
      const { server, core, showId, run, runId } = session;
      await session.command({ type: 'startShow' });
      await session.command({ type: 'pin', sku: 'DURIAN' });
      await waitFor(async () => (await liveState(core)).pin.sku === 'DURIAN', 'the first pin');

      const crowd = (skus: string[], orders: number) =>
        session.crowd({ skus, rate: 3_000, orders, clients: 4 });
      const first = crowd(['DURIAN', 'COCO'], 900);
      await waitFor(() => session.serverSeq() > 300, 'orders before the cut');
      server.faults.disconnectConsoles(TEST_SHOW);
      await first;
      await session.command({ type: 'setPrice', sku: 'COCO', priceMinor: 800 });
      await session.command({ type: 'pin', sku: 'COCO' });
      await session.command({ type: 'restock', sku: 'DURIAN', units: 40 });
      await waitFor(async () => (await liveState(core)).pin.sku === 'COCO', 'the second pin');
      await crowd(['COCO', 'RICE', 'DURIAN'], 900);
      await session.command({ type: 'endShow' });
      await waitFor(
        async () => (await invoke(core, 'live.state', {})) === null,
        'the run to close by itself once the show ended',
      );

      const ledger = ledgerResults(server.ledgerFile, TEST_SHOW, OPENING);
      const serverProducts = session.inspect().snapshot.products;
      const results = await invoke(core, 'review.results', { runId: runId });
      expect(results.products.map((p) => p.sku)).toEqual(['DURIAN', 'COCO', 'RICE']);
      for (const product of results.products) {
        const fromLedger = ledger.get(product.sku);
        const onServer = serverProducts.find((p) => p.sku === product.sku);
        expect(fromLedger, product.sku).toBeDefined();
        expect(
          {
            sku: product.sku,
            orders: product.orders,
            unitsSold: product.unitsSold,
            revenueMinor: product.revenueMinor,
            soldOutAt: product.soldOutAt,
            finalStock: product.finalStock,
          },
          product.sku,
        ).toEqual({
          sku: product.sku,
          orders: fromLedger?.orders,
          unitsSold: fromLedger?.units,
          revenueMinor: fromLedger?.revenueMinor,
          soldOutAt: fromLedger?.soldOutAt,
          finalStock: onServer?.stock,
        });
        expect(product.revenueComplete).toBe(true);
      }
      const [durian, coco, rice] = results.products;
      expect(durian.soldOutAt).not.toBeNull();
      expect(durian).toMatchObject({ openingStock: 300, restockedUnits: 40 });
      expect(coco.revenueMinor).toBeLessThan(coco.unitsSold * 1_000);
      expect(rice.soldOutAt).toBeNull();
      expect(results.linkDrops).toBeGreaterThanOrEqual(1);
      expect(durian.unitsWhilePinned + durian.unitsWhileNotPinned).toBe(durian.unitsSold);

      const before = await invoke(core, 'review.stateAt', {
        runId: runId,
        at: (durian.soldOutAt ?? 0) - 1,
      });
      const at = await invoke(core, 'review.stateAt', { runId: runId, at: durian.soldOutAt ?? 0 });
      expect(before.products[0].stock).toBeGreaterThan(0);
      expect(at.products[0]).toMatchObject({ sku: 'DURIAN', stock: 0, sold: 300, pinned: true });

      const [listed] = await invoke(core, 'runs.list', { showId });
      expect(listed).toMatchObject({ id: runId, rehearsal: false, orders: results.totals.orders });
      const csv = await invoke(core, 'review.export', { runId: runId, format: 'csv' });
      const rows = Papa.parse(readFileSync(csv.path, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      expect(rows.data).toHaveLength([...ledger.values()].reduce((sum, p) => sum + p.orders, 0));
      const error = await invoke(core, 'show.delete', { showId }).catch((e: Error) => e);
      expect(error).toMatchObject({ code: 'conflict' });
      expect(String((error as Error).message)).toContain(run.name);
    },
  );
});
