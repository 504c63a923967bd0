import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { invoke } from '../core/helpers';
import { useTempDir } from '../store/helpers';
import {
  SERVER_SHOW,
  TOKEN,
  createShow,
  liveState,
  startConsole,
  startServer,
  waitFor,
} from '../sync/sync-harness';
import { ledgerResults } from './ledger';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OPENING = { DURIAN: 300, COCO: 500, RICE: 2_000 };

describe('review results against the sale server ledger', () => {
  it(
    'equal the ledger per product after a crowd run with a price change, a restock and a cut link',
    { timeout: 60_000 },
    async () => {
      const server = await startServer(tempDir());
      cleanups.push(() => server.close());
      const dataDir = tempDir();
      const core = startConsole(dataDir);
      cleanups.push(() => core.close());
      const showId = await createShow(
        core,
        Object.entries(OPENING).map(([sku, stock]) => ({ sku, stock })),
      );
      const run = await invoke(core, 'link.connect', {
        showId,
        serverUrl: server.url,
        token: TOKEN,
        serverShowId: SERVER_SHOW,
      });
      await waitFor(async () => (await liveState(core)).products.length === 3, 'the lineup');
      const command = (c: Parameters<typeof invoke<'live.command'>>[2]['command']) =>
        invoke(core, 'live.command', { command: c });
      await command({ type: 'startShow' });
      await command({ type: 'pin', sku: 'DURIAN' });
      await waitFor(async () => (await liveState(core)).pin.sku === 'DURIAN', 'the first pin');

      const crowd = (skus: string[], orders: number) =>
        runCrowd({
          url: server.url,
          token: TOKEN,
          showId: SERVER_SHOW,
          skus,
          rate: 3_000,
          orders,
          clients: 4,
        });
      const first = crowd(['DURIAN', 'COCO'], 900);
      await waitFor(() => server.inspect(SERVER_SHOW).seq > 300, 'orders before the cut');
      server.faults.disconnectConsoles(SERVER_SHOW);
      await first;
      await command({ type: 'setPrice', sku: 'COCO', priceMinor: 800 });
      await command({ type: 'pin', sku: 'COCO' });
      await command({ type: 'restock', sku: 'DURIAN', units: 40 });
      await waitFor(async () => (await liveState(core)).pin.sku === 'COCO', 'the second pin');
      await crowd(['COCO', 'RICE', 'DURIAN'], 900);
      await command({ type: 'endShow' });
      await waitFor(
        async () =>
          (await liveState(core)).link.lastSeq === server.inspect(SERVER_SHOW).seq &&
          (await liveState(core)).showState === 'ended',
        'the console to catch up',
      );
      await invoke(core, 'run.end', {});

      const ledger = ledgerResults(server.ledgerFile, SERVER_SHOW, OPENING);
      const serverProducts = server.inspect(SERVER_SHOW).snapshot.products;
      const results = await invoke(core, 'review.results', { runId: run.id });
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
        runId: run.id,
        at: (durian.soldOutAt ?? 0) - 1,
      });
      const at = await invoke(core, 'review.stateAt', { runId: run.id, at: durian.soldOutAt ?? 0 });
      expect(before.products[0].stock).toBeGreaterThan(0);
      expect(at.products[0]).toMatchObject({ sku: 'DURIAN', stock: 0, sold: 300, pinned: true });

      const [listed] = await invoke(core, 'runs.list', { showId });
      expect(listed).toMatchObject({ id: run.id, rehearsal: false, orders: results.totals.orders });
      const csv = await invoke(core, 'review.export', { runId: run.id, format: 'csv' });
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
