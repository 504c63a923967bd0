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

/**
 * A server event's columns in the run log after its position, run and time: its type and seq
 * (migration 012), an order's fields (migration 016) and the JSON of any other event, so that
 * SQLite never parses the JSON while journaling and an export reads an order without parsing it.
 * An order's JSON is its columns' (migration 018: the view run_log_entries builds it): the
 * order events the core journals have exactly the OrderEvent schema's fields (validate.ts).
 */
const EVENT_COLUMNS =
  'kind, event_type, event_seq, order_at, order_id, order_sku, order_qty, order_price_minor, ' +
  'order_stock, order_sold, order_buyer, payload';
const EVENT_PLACEHOLDERS = `'${RunLogKind.event}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?`;

type EventValue = string | number | null;

/** Values of EVENT_COLUMNS after `kind`. */
const EVENT_VALUES = 11;

/**
 * Writes the values of EVENT_COLUMNS after `kind` for `event` into `into` from `at` on (in place,
 * no array an event) and returns the position after them.
 */
function writeEventValues(event: ServerEvent, into: EventValue[], at: number): number {
  into[at] = event.type;
  into[at + 1] = event.seq;
  if (event.type === 'order') {
    into[at + 2] = event.at;
    into[at + 3] = event.orderId;
    into[at + 4] = event.sku;
    into[at + 5] = event.qty;
    into[at + 6] = event.priceMinor;
    into[at + 7] = event.stock;
    into[at + 8] = event.sold;
    into[at + 9] = event.buyer ?? null;
    into[at + 10] = null;
  } else {
    into.fill(null, at + 2, at + 10);
    into[at + 10] = JSON.stringify(event);
  }
  return at + EVENT_VALUES;
}

/** Inserts a server event into the run log at a position of the caller's choosing. */
export class EventInsert {
  private readonly statement: Statement<EventValue[]>;

  constructor(db: Db) {
    this.statement = db.prepare(
      `INSERT INTO run_log (seq, run_id, at, ${EVENT_COLUMNS})
       VALUES (?, ?, ?, ${EVENT_PLACEHOLDERS})`,
    );
  }

  run(logSeq: number, runId: number, at: number, event: ServerEvent): void {
    const values = new Array<EventValue>(3 + EVENT_VALUES);
    values[0] = logSeq;
    values[1] = runId;
    values[2] = at;
    writeEventValues(event, values, 3);
    this.statement.run(...values);
  }
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
      `INSERT INTO run_log (seq, run_id, at, ${EVENT_COLUMNS})`,
      `(NULL, ?, ?, ${EVENT_PLACEHOLDERS})`,
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
      (i, into, from) => {
        into[from] = runId;
        into[from + 1] = at;
        return writeEventValues(events[i], into, from + 2);
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
