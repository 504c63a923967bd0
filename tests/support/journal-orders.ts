import { createRun } from '../../src/main/core/runs/run-repository';
import type { Db } from '../../src/main/core/store/database';
import { RunLog } from '../../src/main/core/sync/run-log';
import type { ServerEvent } from '../../src/shared/protocol';

/** A live run of a new show, to journal orders into. */
export function newRun(db: Db): number {
  const showId = Number(
    db
      .prepare(
        `INSERT INTO shows (name, host_language, audience_language, created_at, updated_at)
         VALUES ('Journal', 'en', 'zh-CN', 'x', 'x')`,
      )
      .run().lastInsertRowid,
  );
  const target = { serverUrl: 'http://127.0.0.1:9', serverShowId: 'journal', token: 't' };
  return createRun(db, { showId, kind: 'live', name: 'Journal', target }).id;
}

/**
 * Journals orders of event seq `from + 1` onwards as the sync engine does: `count` of them in one
 * transaction through the run log with their review rollup. Returns the last seq journaled.
 */
export function journalOrders(db: Db, runId: number, from: number, count: number): number {
  const events: ServerEvent[] = Array.from({ length: count }, (_, i) => ({
    type: 'order',
    seq: from + i + 1,
    at: 1_700_000_000_000 + (from + i) * 7,
    orderId: `order-${from + i + 1}`,
    sku: `SKU-${(from + i) % 5}`,
    qty: 1,
    priceMinor: 1990,
    stock: 1_000_000 - (from + i),
    sold: from + i + 1,
    buyer: `buyer-${(from + i) % 997}`,
  }));
  const log = new RunLog(db);
  db.transaction(() => log.appendEvents(runId, events, events[0].at))();
  return from + count;
}

/** The event seqs of the run's journaled orders, in log order. */
export function journaledSeqs(db: Db, runId: number): number[] {
  return db
    .prepare(`SELECT event_seq FROM run_log WHERE run_id = ? AND event_type = 'order' ORDER BY seq`)
    .pluck()
    .all(runId) as number[];
}
