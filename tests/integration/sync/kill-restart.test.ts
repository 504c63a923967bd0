import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { invoke } from '../core/helpers';
import { useTempDir } from '../store/helpers';
import {
  SERVER_SHOW,
  TOKEN,
  createShow,
  liveState,
  readConsoleDb,
  startConsole,
  startServer,
  waitFor,
} from './sync-harness';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const CHILD = join(import.meta.dirname, 'fixtures', 'console-process.ts');

function startChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const early = (code: number | null) =>
      reject(new Error(`the console process exited before it was ready (code ${code})`));
    child.once('error', reject);
    child.once('exit', early);
    child.stdout?.once('data', () => {
      child.off('exit', early);
      resolve(child);
    });
  });
}

interface Journal {
  lastSeq: number;
  sold: number;
  entries: number;
  distinctSeqs: number;
  maxSeq: number;
  orders: number;
  distinctOrders: number;
  units: number;
}

/** What the console's database holds for the run, read from outside. */
function journal(dataDir: string, runId: number): Journal {
  return readConsoleDb(dataDir, (db) => {
    const head = db
      .prepare(
        `SELECT s.last_seq AS lastSeq, p.sold AS sold FROM run_sync s
         JOIN run_products p ON p.run_id = s.run_id WHERE s.run_id = ?`,
      )
      .get(runId) as { lastSeq: number; sold: number };
    const events = db
      .prepare(
        `SELECT count(*) AS entries,
           count(DISTINCT json_extract(payload, '$.seq')) AS distinctSeqs,
           max(json_extract(payload, '$.seq')) AS maxSeq,
           count(json_extract(payload, '$.orderId')) AS orders,
           count(DISTINCT json_extract(payload, '$.orderId')) AS distinctOrders,
           coalesce(sum(json_extract(payload, '$.qty')), 0) AS units
         FROM run_log WHERE run_id = ? AND kind = 'event'`,
      )
      .get(runId) as Omit<Journal, 'lastSeq' | 'sold'>;
    return { ...head, ...events };
  });
}

describe('kill -9 of the console', () => {
  it(
    'loses nothing stored and applies nothing twice after a hard kill',
    { timeout: 60_000 },
    async () => {
      const server = await startServer(tempDir());
      cleanups.push(() => server.close());
      const dataDir = tempDir();
      const setup = startConsole(dataDir);
      const showId = await createShow(setup, [{ sku: 'A', stock: 50_000 }]);
      const run = await invoke(setup, 'link.connect', {
        showId,
        serverUrl: server.url,
        token: TOKEN,
        serverShowId: SERVER_SHOW,
      });
      await invoke(setup, 'live.command', { command: { type: 'startShow' } });
      await waitFor(async () => (await liveState(setup)).showState === 'live', 'the show');
      setup.close();

      const child = await startChild(dataDir);
      cleanups.push(() => {
        child.kill('SIGKILL');
      });
      const crowd = runCrowd({
        url: server.url,
        token: TOKEN,
        showId: SERVER_SHOW,
        skus: ['A'],
        rate: 2000,
        orders: 6000,
        clients: 4,
      });
      await waitFor(() => journal(dataDir, run.id).lastSeq >= 2000, 'the child to apply orders');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const atKill = journal(dataDir, run.id);
      expect(atKill.entries).toBe(atKill.distinctSeqs);
      expect(atKill.maxSeq).toBe(atKill.lastSeq);
      expect(atKill.orders).toBe(atKill.distinctOrders);
      expect(atKill.sold).toBe(atKill.units);

      await crowd;
      const restarted = startConsole(dataDir);
      cleanups.push(() => restarted.close());
      const serverSeq = () => server.inspect(SERVER_SHOW).seq;
      await waitFor(
        async () => (await liveState(restarted)).link.lastSeq === serverSeq(),
        'catch up',
      );
      const ledger = server.inspect(SERVER_SHOW);
      const after = journal(dataDir, run.id);
      expect(after.entries).toBe(after.distinctSeqs);
      expect(after.orders).toBe(ledger.orders.orders);
      expect(after.distinctOrders).toBe(ledger.orders.orders);
      expect(after.sold).toBe(ledger.orders.units);
      expect((await liveState(restarted)).products[0].stock).toBe(
        ledger.snapshot.products[0].stock,
      );
    },
  );
});
