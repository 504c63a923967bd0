import type { Statement } from 'better-sqlite3';
import { RunLogKind } from '../../../shared/model/live';
import type { ServerEvent } from '../../../shared/protocol';
import { OrderRollup } from '../review/order-rollup';
import type { Db } from '../store/database';
import { MultiRowInsert } from '../store/multi-row-insert';

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

/** The run log position (null: the next one), run, time, event type, event seq and JSON. */
export type EventRow = [number | null, number, number, string, number, string];

/**
 * Inserts a server event into the run log with its type and seq in columns of their own
 * (migration 012), so that SQLite never parses the JSON while journaling.
 */
export function prepareEventInsert(db: Db): Statement<EventRow> {
  return db.prepare(
    `INSERT INTO run_log (seq, run_id, at, kind, event_type, event_seq, payload)
     VALUES (?, ?, ?, '${RunLogKind.event}', ?, ?, ?)`,
  );
}

/** The insert of one run-log entry that is not a server event: (run_id, at, kind, payload). */
export function prepareEntryInsert(db: Db): Statement<[number, number, string, string]> {
  return db.prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)');
}

/** Appends entries to the run log (table run_log, append-only). */
export class RunLog {
  private readonly insert: Statement<[number, number, string, string]>;
  /** Appends events, many rows per statement. */
  private readonly insertEvents: MultiRowInsert;
  private rollup: OrderRollup | null = null;

  constructor(private readonly db: Db) {
    this.insert = prepareEntryInsert(db);
    this.insertEvents = new MultiRowInsert(
      db,
      'INSERT INTO run_log (seq, run_id, at, kind, event_type, event_seq, payload)',
      `(NULL, ?, ?, '${RunLogKind.event}', ?, ?, ?)`,
    );
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
    this.insertEvents.run(
      events.length,
      (i, into) => {
        const event = events[i];
        into.push(runId, at, event.type, event.seq, JSON.stringify(event));
      },
      (first, from, size) => {
        for (let i = 0; i < size; i++) batch.add(first + i, events[from + i]);
      },
    );
    batch.write();
  }

  /** Records the pin a snapshot entry sets, for the rollup of the orders journaled after it. */
  snapshotPin(runId: number, sku: string | null): void {
    this.rollup ??= new OrderRollup(this.db);
    this.rollup.setPin(runId, sku);
  }
}
