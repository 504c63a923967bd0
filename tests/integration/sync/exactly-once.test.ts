import { afterEach, describe, expect, it } from 'vitest';
import type { LiveStateEvent } from '../../../src/shared/model/live';
import { runCrowd } from '../../../src/sale-server/crowd';
import type { SaleServer } from '../../../src/sale-server/server';
import { TcpProxy } from '../../support/tcp-proxy';
import { invoke } from '../core/helpers';
import { useTempDir } from '../store/helpers';
import {
  SERVER_SHOW,
  TOKEN,
  createShow,
  liveState,
  readConsoleDb,
  record,
  runLog,
  startConsole,
  startServer,
  waitFor,
} from './sync-harness';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const ORDERS = 20_000;
const RATE = 2_000;
const FRAME_MS = 50;

describe('exactly-once sync under faults', () => {
  it(
    'keeps every order exactly once through two cut connections and a server restart',
    { timeout: 60_000 },
    async () => {
      const serverDir = tempDir();
      let server: SaleServer | null = await startServer(serverDir);
      const port = server.port;
      cleanups.push(async () => {
        await server?.close();
      });
      const proxy = await TcpProxy.start(port);
      cleanups.push(() => proxy.close());
      const dataDir = tempDir();
      const core = startConsole(dataDir);
      cleanups.push(() => core.close());

      const showId = await createShow(core, [{ sku: 'RAMEN', stock: 30_000 }]);
      const run = await invoke(core, 'link.connect', {
        showId,
        serverUrl: proxy.url,
        token: TOKEN,
        serverShowId: SERVER_SHOW,
      });
      await waitFor(async () => (await liveState(core)).products.length === 1, 'the lineup');
      await invoke(core, 'live.command', { command: { type: 'startShow' } });
      await invoke(core, 'live.command', { command: { type: 'pin', sku: 'RAMEN' } });
      await waitFor(async () => (await liveState(core)).pin.sku === 'RAMEN', 'the pin');

      const serverSeq = () => server?.inspect(SERVER_SHOW).seq ?? 0;
      const consoleSeq = async () => (await liveState(core)).link.lastSeq;
      const deltas: LiveStateEvent[] = record(core, 'live.state');
      const startedAt = Date.now();
      const crowd = runCrowd({
        url: server.url,
        token: TOKEN,
        showId: SERVER_SHOW,
        skus: ['RAMEN'],
        rate: RATE,
        orders: ORDERS,
        clients: 4,
        ackTimeoutMs: 30_000,
      });

      // First cut: the console stays away while orders go on.
      await waitFor(() => serverSeq() >= 3_000, 'orders before the first cut');
      proxy.block();
      await waitFor(async () => (await liveState(core)).link.state === 'reconnecting', 'the drop');
      await waitFor(() => serverSeq() >= 5_000, 'orders while cut off');
      proxy.unblock();
      await waitFor(async () => (await consoleSeq()) >= 5_000, 'the resume after the first cut');

      // The server restarts on the same ledger and port.
      await server.close();
      server = null;
      server = await startServer(serverDir, { port });
      await waitFor(() => serverSeq() >= 11_000, 'orders after the restart');

      // Second cut, while the orders flow.
      proxy.cut();
      await waitFor(() => serverSeq() >= 13_000, 'orders after the second cut');

      const summary = await crowd;
      expect(summary.sent).toBe(ORDERS);
      await waitFor(async () => (await consoleSeq()) === serverSeq(), 'the console to catch up');
      const elapsedMs = Date.now() - startedAt;

      const ledger = server.inspect(SERVER_SHOW);
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
             FROM run_log WHERE run_id = ? AND kind = 'event'
               AND json_extract(payload, '$.type') = 'order'`,
          )
          .get(run.id),
      ) as { entries: number; orders: number; units: number };
      expect(counts).toEqual({
        entries: ledger.orders.orders,
        orders: ledger.orders.orders,
        units: ledger.orders.units,
      });
      const seqs = runLog(dataDir, run.id, 'event').map((entry) => entry.payload.seq as number);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs.at(-1)).toBe(ledger.seq);
      expect(seqs.length).toBe(ledger.seq - (seqs[0] - 1));

      const links = runLog(dataDir, run.id, 'link').map((entry) => entry.payload.state);
      expect(links.filter((s) => s === 'connected').length).toBeGreaterThanOrEqual(4);
      expect(state.link.protocolErrors).toBe(0);

      // Coalescing: at most one delta per frame (plus a few heartbeats), never one per order.
      expect(deltas.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / FRAME_MS) + 10);
      expect(deltas.length).toBeLessThan(ledger.orders.orders / 20);
    },
  );
});
