import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness, type SyncSession } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { TEST_SHOW } from '../../support/sale-server';
import { ledgerResults } from '../review/ledger';
import { ledgerOrderIds, loggedEventSeqs, loggedOrderIds, seqsUpTo } from './ledger-log';

const harness = useConsoleHarness();

const OPENING = { A: 1_000_000, B: 1_000_000 };
const RETAIN = 500;

/**
 * A live run of OPENING through a proxy, against a server replaying only RETAIN events, with
 * `serverFeatures` when given (an older server) and all of them otherwise.
 */
function openLiveSession(serverFeatures?: readonly string[]): Promise<SyncSession> {
  return harness.openSession({
    products: Object.entries(OPENING).map(([sku, stock]) => ({ sku, stock })),
    proxy: true,
    retainEvents: RETAIN,
    until: 'live',
    ...(serverFeatures && { serverFeatures }),
  });
}

/**
 * A crowd at a few thousand orders a second, with the console's link cut (refused connections)
 * for longer than the server's replay window: the reconnect gets a snapshot.
 */
async function cutLongerThanReplayWindow(session: SyncSession): Promise<number> {
  const crowd = session.crowd({ skus: ['A', 'B'], rate: 4_000, orders: 12_000, clients: 4 });
  await waitFor(() => session.serverSeq() > 2_000, 'orders before the cut');
  session.proxy.block();
  const cutAt = session.serverSeq();
  await waitFor(() => session.serverSeq() > cutAt + 4 * RETAIN, 'orders during the cut');
  session.proxy.unblock();
  const backAt = Date.now();
  await crowd;
  await session.caughtUp();
  return backAt;
}

describe('history backfill', () => {
  it(
    'journals every event a snapshot skipped, so the run log and the review equal the ledger',
    { timeout: 60_000 },
    async () => {
      const session = await openLiveSession();
      const { core, dataDir, runId, server } = session;
      const backAt = await cutLongerThanReplayWindow(session);
      const snapshots = runLog(dataDir, runId, 'snapshot').map((entry) => entry.payload.reason);
      expect(snapshots).toContain('snapshotRequired (too_old)');
      await waitFor(
        async () => (await liveState(core)).link.logMissing === 0,
        'the backfill to fill the run log',
      );
      process.stdout.write(
        `cut of ${session.serverSeq()} events: network back to a whole run log in ` +
          `${Date.now() - backAt} ms\n`,
      );

      expect(loggedEventSeqs(dataDir, runId)).toEqual(seqsUpTo(session.serverSeq()));
      expect(loggedOrderIds(dataDir, runId)).toEqual(ledgerOrderIds(server.ledgerFile, TEST_SHOW));

      const results = await invoke(core, 'review.results', { runId });
      expect(results.logMissing).toBe(0);
      const ledger = ledgerResults(server.ledgerFile, TEST_SHOW, OPENING);
      for (const product of results.products) {
        const fromLedger = ledger.get(product.sku);
        expect(
          { orders: product.orders, units: product.loggedUnits, revenue: product.revenueMinor },
          product.sku,
        ).toEqual({
          orders: fromLedger?.orders,
          units: fromLedger?.units,
          revenue: fromLedger?.revenueMinor,
        });
        expect(product.revenueComplete).toBe(true);
        expect(product.unitsSold).toBe(fromLedger?.units);
      }
      expect((await liveState(core)).link.protocolErrors).toBe(0);

      // The live console's figures too, the gap's revenue included, also after a restart.
      const liveFigures = async (console: Core) =>
        Object.fromEntries(
          (await liveState(console)).products.map((p) => [p.sku, [p.sold, p.revenueMinor]]),
        );
      const fromLedger = Object.fromEntries(
        [...ledger].map(([sku, p]) => [sku, [p.units, p.revenueMinor]]),
      );
      expect(await liveFigures(core)).toEqual(fromLedger);
      core.close();
      expect(await liveFigures(harness.startConsole(dataDir))).toEqual(fromLedger);
    },
  );

  it(
    'works with a server without history, and says the run log is incomplete',
    { timeout: 60_000 },
    async () => {
      const session = await openLiveSession([]);
      const { core, dataDir, runId } = session;
      await cutLongerThanReplayWindow(session);

      const link = (await liveState(core)).link;
      expect(link.logMissing).toBeGreaterThan(4 * RETAIN);
      expect(link.logFilling).toBe(false);
      const logged = loggedEventSeqs(dataDir, runId);
      expect(new Set(logged).size).toBe(logged.length);
      expect(logged.length + link.logMissing).toBe(session.serverSeq());
      const results = await invoke(core, 'review.results', { runId });
      expect(results.logMissing).toBe(link.logMissing);
      expect(results.products.some((product) => !product.revenueComplete)).toBe(true);
      const exported = await invoke(core, 'review.export', { runId, format: 'json' });
      expect(exported.complete).toBe(false);
    },
  );
});
