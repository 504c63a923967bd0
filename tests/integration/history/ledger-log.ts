import Database from 'better-sqlite3';
import { readConsoleDb } from '../../support/console-core';

/** The event seqs of a run's log, in log order (every `event` entry). */
export function loggedEventSeqs(dataDir: string, runId: number): number[] {
  return readConsoleDb(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT payload ->> '$.seq' AS seq FROM run_log_entries WHERE run_id = ? AND kind = 'event'
           ORDER BY seq`,
        )
        .all(runId) as { seq: number }[]
    ).map((row) => row.seq),
  );
}

/** The order ids of a run's log, in log order. */
export function loggedOrderIds(dataDir: string, runId: number): string[] {
  return readConsoleDb(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT payload ->> '$.orderId' AS id FROM run_log_entries WHERE run_id = ? AND kind = 'event'
           AND payload ->> '$.type' = 'order' ORDER BY seq`,
        )
        .all(runId) as { id: string }[]
    ).map((row) => row.id),
  );
}

/** The order ids of the server's ledger for a show, in seq order. */
export function ledgerOrderIds(ledgerFile: string, showId: string): string[] {
  const db = new Database(ledgerFile, { readonly: true });
  try {
    return (
      db.prepare('SELECT order_id FROM orders WHERE show_id = ? ORDER BY seq').all(showId) as {
        order_id: number;
      }[]
    ).map((row) => String(row.order_id));
  } finally {
    db.close();
  }
}

/** 1..n */
export function seqsUpTo(n: number): number[] {
  return Array.from({ length: n }, (_, index) => index + 1);
}
