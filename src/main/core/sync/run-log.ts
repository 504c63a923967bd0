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

/**
 * Rows per multi-row insert of events, largest first: a batch is journaled in statements of
 * these sizes (about 40% less SQLite time per event than one statement per event).
 */
const INSERT_SIZES = [64, 16, 4, 1] as const;

/** Appends entries to the run log (table run_log, append-only). */
export class RunLog {
  private readonly insert: Statement<[number, number, string, string]>;
  /** Per row count of INSERT_SIZES, the statement that appends that many events. */
  private readonly insertEvents = new Map<number, Statement<(string | number)[]>>();
  private rollup: OrderRollup | null = null;

  constructor(private readonly db: Db) {
    this.insert = prepareEntryInsert(db);
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
    let next = 0;
    for (const size of INSERT_SIZES) {
      const insert = this.eventsInsert(size);
      for (; events.length - next >= size; next += size) {
        const values: (string | number)[] = [];
        for (let i = next; i < next + size; i++) {
          const event = events[i];
          values.push(runId, at, event.type, event.seq, JSON.stringify(event));
        }
        // The rows of one insert get consecutive positions, the last one reported.
        const first = Number(insert.run(...values).lastInsertRowid) - size + 1;
        for (let i = 0; i < size; i++) batch.add(first + i, events[next + i]);
      }
    }
    batch.write();
  }

  private eventsInsert(size: number): Statement<(string | number)[]> {
    let statement = this.insertEvents.get(size);
    if (statement === undefined) {
      const row = `(NULL, ?, ?, '${RunLogKind.event}', ?, ?, ?)`;
      statement = this.db.prepare(
        `INSERT INTO run_log (seq, run_id, at, kind, event_type, event_seq, payload)
         VALUES ${Array.from({ length: size }, () => row).join(', ')}`,
      );
      this.insertEvents.set(size, statement);
    }
    return statement;
  }

  /** Records the pin a snapshot entry sets, for the rollup of the orders journaled after it. */
  snapshotPin(runId: number, sku: string | null): void {
    this.rollup ??= new OrderRollup(this.db);
    this.rollup.setPin(runId, sku);
  }
}
