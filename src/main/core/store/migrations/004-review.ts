import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Review indexes of the run log, so that a run of a million orders opens at once:
 * - review_seconds: per run, SKU, wall-clock second (server time) and pinned-or-not, the orders
 *   of that second rolled up (units, revenue, stock before and after, seq range, sell-out time);
 * - review_pin: the pin as the log has it so far, which the rollup needs for "sold while pinned";
 * - run_log_review_markers: a partial index of every entry that is not an order (pins, prices,
 *   restocks, link changes, notes, ...), which are few.
 * Triggers keep both tables in step with every insert into run_log, in the inserting
 * transaction; rows already in the log are rolled up here once.
 */

/** The entries the marker index holds; a query must repeat this text to use the index. */
const MARKER_PREDICATE = `(kind <> 'event' OR coalesce(payload ->> '$.type', '') <> 'order')`;

/**
 * Merges an order rollup row (one order, or a batch's group) into the row of its run, SKU, second
 * and pin state: sums, seq and time range, the stock before the first and after the last order.
 * The batch writer (review/order-rollup.ts) uses the same clause.
 */
export const ROLLUP_MERGE = `ON CONFLICT (run_id, sku, second, pinned) DO UPDATE SET
  orders = orders + excluded.orders,
  units = units + excluded.units,
  revenue_minor = revenue_minor + excluded.revenue_minor,
  first_seq = min(first_seq, excluded.first_seq),
  first_at = min(first_at, excluded.first_at),
  open_stock = CASE WHEN excluded.first_seq < first_seq THEN excluded.open_stock
    ELSE open_stock END,
  last_seq = max(last_seq, excluded.last_seq),
  last_at = max(last_at, excluded.last_at),
  last_stock = CASE WHEN excluded.last_seq > last_seq THEN excluded.last_stock
    ELSE last_stock END,
  last_sold = CASE WHEN excluded.last_seq > last_seq THEN excluded.last_sold
    ELSE last_sold END,
  min_stock = min(min_stock, excluded.min_stock),
  max_stock = max(max_stock, excluded.max_stock),
  sold_out_at = coalesce(min(sold_out_at, excluded.sold_out_at), sold_out_at,
    excluded.sold_out_at)`;

interface Ref {
  run: string;
  seq: string;
  payload: string;
}

const NEW_ROW: Ref = { run: 'NEW.run_id', seq: 'NEW.seq', payload: 'NEW.payload' };
const PARAMS: Ref = { run: '@run', seq: '@seq', payload: '@payload' };

/** Rolls one order entry into its second; skips an entry whose fields are not all there. */
function orderRollup(r: Ref): string {
  const field = (name: string) => `${r.payload} ->> '$.${name}'`;
  const isInt = (name: string) => `json_type(${r.payload}, '$.${name}') = 'integer'`;
  return `
    INSERT INTO review_seconds (run_id, sku, second, pinned, orders, units, revenue_minor,
        first_seq, last_seq, first_at, last_at, open_stock, last_stock, last_sold, min_stock,
        max_stock, sold_out_at)
      SELECT ${r.run}, o.sku, o.at / 1000, coalesce(p.sku = o.sku, 0), 1, o.qty, o.qty * o.price,
          ${r.seq}, ${r.seq}, o.at, o.at, o.stock + o.qty, o.stock, o.sold, o.stock,
          o.stock + o.qty, CASE WHEN o.stock = 0 THEN o.at END
      FROM (SELECT ${field('sku')} AS sku, ${field('at')} AS at, ${field('qty')} AS qty,
              ${field('priceMinor')} AS price, ${field('stock')} AS stock,
              ${field('sold')} AS sold) o
        LEFT JOIN review_pin p ON p.run_id = ${r.run}
      WHERE json_type(${r.payload}, '$.sku') = 'text' AND ${isInt('at')} AND ${isInt('qty')}
        AND ${isInt('priceMinor')} AND ${isInt('stock')} AND ${isInt('sold')}
    ${ROLLUP_MERGE}`;
}

/** Records the pin a pin event or a snapshot sets. */
function pinUpdate(r: Ref, path: string): string {
  return `
    INSERT INTO review_pin (run_id, sku) VALUES (${r.run}, ${r.payload} ->> '${path}')
    ON CONFLICT (run_id) DO UPDATE SET sku = excluded.sku`;
}

const PIN_PATH = '$.sku';
const SNAPSHOT_PIN_PATH = '$.snapshot.pin.sku';

const isEventOf = (type: string) => `NEW.kind = 'event' AND NEW.payload ->> '$.type' = '${type}'`;

/** Rolls up the entries written before this migration, in log order, a chunk at a time. */
function rollUpExistingEntries(db: Database): void {
  const order = db.prepare(orderRollup(PARAMS));
  const pin = db.prepare(pinUpdate(PARAMS, PIN_PATH));
  const snapshotPin = db.prepare(pinUpdate(PARAMS, SNAPSHOT_PIN_PATH));
  const chunk = db.prepare<
    [number],
    { seq: number; run: number; kind: string; type: unknown; payload: string }
  >(
    `SELECT seq, run_id AS run, kind, payload ->> '$.type' AS type, payload FROM run_log
     WHERE seq > ? AND (kind = 'snapshot'
       OR (kind = 'event' AND payload ->> '$.type' IN ('order', 'pin')))
     ORDER BY seq LIMIT 2000`,
  );
  let after = 0;
  for (;;) {
    const rows = chunk.all(after);
    if (rows.length === 0) return;
    for (const row of rows) {
      const params = { run: row.run, seq: row.seq, payload: row.payload };
      if (row.kind === 'snapshot') snapshotPin.run(params);
      else if (row.type === 'pin') pin.run(params);
      else order.run(params);
    }
    after = rows[rows.length - 1].seq;
  }
}

export const migration004Review: Migration = {
  version: 4,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE review_seconds (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        sku TEXT NOT NULL,
        second INTEGER NOT NULL,
        pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
        orders INTEGER NOT NULL,
        units INTEGER NOT NULL,
        revenue_minor INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        first_at INTEGER NOT NULL,
        last_at INTEGER NOT NULL,
        open_stock INTEGER NOT NULL,
        last_stock INTEGER NOT NULL,
        last_sold INTEGER NOT NULL,
        min_stock INTEGER NOT NULL,
        max_stock INTEGER NOT NULL,
        sold_out_at INTEGER,
        PRIMARY KEY (run_id, sku, second, pinned)
      ) STRICT;

      CREATE TABLE review_pin (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        sku TEXT
      ) STRICT;

      CREATE INDEX run_log_review_markers ON run_log (run_id, seq) WHERE ${MARKER_PREDICATE};
    `);
    rollUpExistingEntries(db);
    db.exec(`
      CREATE TRIGGER review_rollup_order AFTER INSERT ON run_log WHEN ${isEventOf('order')}
      BEGIN ${orderRollup(NEW_ROW)}; END;

      CREATE TRIGGER review_rollup_pin AFTER INSERT ON run_log WHEN ${isEventOf('pin')}
      BEGIN ${pinUpdate(NEW_ROW, PIN_PATH)}; END;

      CREATE TRIGGER review_rollup_snapshot AFTER INSERT ON run_log WHEN NEW.kind = 'snapshot'
      BEGIN ${pinUpdate(NEW_ROW, SNAPSHOT_PIN_PATH)}; END;
    `);
  },
};
