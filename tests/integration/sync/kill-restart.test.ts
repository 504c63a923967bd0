import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveState, readConsoleDb, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();

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
         FROM run_log_entries WHERE run_id = ? AND kind = 'event'`,
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
      const session = await harness.openSession({
        products: [{ sku: 'A', stock: 50_000 }],
        until: 'live',
      });
      const { dataDir, runId } = session;
      session.core.close();

      const child = await startChild(dataDir);
      harness.defer(() => {
        child.kill('SIGKILL');
      });
      const crowd = session.crowd({ skus: ['A'], rate: 2000, orders: 6000, clients: 4 });
      await waitFor(() => journal(dataDir, runId).lastSeq >= 2000, 'the child to apply orders');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const atKill = journal(dataDir, runId);
      expect(atKill.entries).toBe(atKill.distinctSeqs);
      expect(atKill.maxSeq).toBe(atKill.lastSeq);
      expect(atKill.orders).toBe(atKill.distinctOrders);
      expect(atKill.sold).toBe(atKill.units);

      await crowd;
      const restarted = harness.startConsole(dataDir);
      await session.caughtUp(restarted);
      const ledger = session.inspect();
      const after = journal(dataDir, runId);
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
