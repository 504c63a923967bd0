import type { Statement } from 'better-sqlite3';
import { RunLogKind } from '../../../shared/model/live';
import type { ServerEvent } from '../../../shared/protocol';
import { OrderRollup } from '../review/order-rollup';
import type { Db } from '../store/database';

/** How much of a rejected message the run log keeps. */
export const COPY_LIMIT = 2000;

/** A JSON text of `value`, cut to `limit` characters; never throws. */
export function truncatedCopy(value: unknown, limit = COPY_LIMIT): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > limit ? `${text.slice(0, limit)}…(${text.length} chars)` : text;
}

/** Appends entries to the run log (table run_log, append-only). */
export class RunLog {
  private readonly insert: Statement<[number, number, string, string]>;
  private rollup: OrderRollup | null = null;

  constructor(private readonly db: Db) {
    this.insert = db.prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)');
  }

  append(runId: number, kind: RunLogKind, payload: unknown, at = Date.now()): void {
    this.insert.run(runId, at, kind, JSON.stringify(payload));
  }

  /**
   * Journals server events in order with the review rollup of their orders; call inside a
   * transaction, so that the log and its rollup never disagree.
   */
  appendEvents(runId: number, events: readonly ServerEvent[], at: number): void {
    this.rollup ??= new OrderRollup(this.db);
    const batch = this.rollup.begin(runId);
    for (const event of events) {
      const { lastInsertRowid } = this.insert.run(
        runId,
        at,
        RunLogKind.event,
        JSON.stringify(event),
      );
      batch.add(Number(lastInsertRowid), event);
    }
    batch.write();
  }
}
