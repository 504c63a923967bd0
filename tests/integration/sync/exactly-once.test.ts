import { describe, expect, it } from 'vitest';
import type { LiveStateEvent } from '../../../src/shared/model/live';
import { liveState, readConsoleDb, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();

const ORDERS = 20_000;
const RATE = 2_000;
const FRAME_MS = 50;

describe('exactly-once sync under faults', () => {
  it(
    'keeps every order exactly once through two cut connections and a server restart',
    { timeout: 60_000 },
    async () => {
      const session = await harness.openSession({
        products: [{ sku: 'RAMEN', stock: 30_000 }],
        proxy: true,
      });
      const { proxy, core, dataDir, runId } = session;
      await session.command({ type: 'startShow' });
      await session.command({ type: 'pin', sku: 'RAMEN' });
      await waitFor(async () => (await liveState(core)).pin.sku === 'RAMEN', 'the pin');

      const consoleSeq = async () => (await liveState(core)).link.lastSeq;
      // Each fault waits for the console to be connected again, so no fault falls on a link that
      // is still down from the one before (on a loaded machine a reconnect can take seconds).
      // A connection is a `connected` entry after a `reconnecting` one (a stale link that hears
      // from the server again is logged `connected` too, on the same connection).
      const connections = () => {
        let count = 0;
        let down = true;
        for (const entry of runLog(dataDir, runId, 'link')) {
          if (entry.payload.state === 'reconnecting') down = true;
          if (entry.payload.state === 'connected' && down) {
            count += 1;
            down = false;
          }
        }
        return count;
      };
      const deltas: LiveStateEvent[] = record(core, 'live.state');
      const startedAt = Date.now();
      const crowd = session.crowd({
        skus: ['RAMEN'],
        rate: RATE,
        orders: ORDERS,
        clients: 4,
        ackTimeoutMs: 30_000,
      });

      // First cut: the console stays away while orders go on.
      await waitFor(() => session.serverSeq() >= 3_000, 'orders before the first cut');
      proxy.block();
      await waitFor(async () => (await liveState(core)).link.state === 'reconnecting', 'the drop');
      await waitFor(() => session.serverSeq() >= 5_000, 'orders while cut off');
      proxy.unblock();
      await waitFor(async () => (await consoleSeq()) >= 5_000, 'the resume after the first cut');
      expect(connections()).toBeGreaterThanOrEqual(2);

      // The server restarts on the same ledger and port.
      const beforeRestart = connections();
      await session.restartServer();
      await waitFor(() => session.serverSeq() >= 11_000, 'orders after the restart');
      await waitFor(() => connections() > beforeRestart, 'the reconnect after the restart');

      // Second cut, while the orders flow.
      const beforeCut = connections();
      proxy.cut();
      await waitFor(() => session.serverSeq() >= 13_000, 'orders after the second cut');
      await waitFor(() => connections() > beforeCut, 'the reconnect after the second cut');

      const summary = await crowd;
      expect(summary.sent).toBe(ORDERS);
      await session.caughtUp();
      const elapsedMs = Date.now() - startedAt;

      const ledger = session.inspect();
      const state = await liveState(core);
      const ramen = state.products[0];
      const serverRamen = ledger.snapshot.products[0];
      expect(ramen).toMatchObject({
        sku: 'RAMEN',
        stock: serverRamen.stock,
        sold: serverRamen.sold,
      });
      expect(ramen.sold).toBe(ledger.orders.units);
      expect(ledger.orders.orders).toBeGreaterThan(ORDERS * 0.9);

      const counts = readConsoleDb(dataDir, (db) =>
        db
          .prepare(
            `SELECT count(*) AS entries,
               count(DISTINCT json_extract(payload, '$.orderId')) AS orders,
               sum(json_extract(payload, '$.qty')) AS units
             FROM run_log_entries WHERE run_id = ? AND kind = 'event'
               AND json_extract(payload, '$.type') = 'order'`,
          )
          .get(runId),
      ) as { entries: number; orders: number; units: number };
      expect(counts).toEqual({
        entries: ledger.orders.orders,
        orders: ledger.orders.orders,
        units: ledger.orders.units,
      });
      const seqs = runLog(dataDir, runId, 'event').map((entry) => entry.payload.seq as number);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs.at(-1)).toBe(ledger.seq);
      expect(seqs.length).toBe(ledger.seq - (seqs[0] - 1));

      expect(connections()).toBeGreaterThanOrEqual(4);
      expect(state.link.protocolErrors).toBe(0);

      // Coalescing: at most one delta per frame (plus a few heartbeats), never one per order.
      expect(deltas.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / FRAME_MS) + 10);
      expect(deltas.length).toBeLessThan(ledger.orders.orders / 20);
    },
  );
});
