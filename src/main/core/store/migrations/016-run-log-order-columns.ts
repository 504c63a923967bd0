import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const ORDER_COLUMNS = [
  'order_at INTEGER',
  'order_id TEXT',
  'order_sku TEXT',
  'order_qty INTEGER',
  'order_price_minor INTEGER',
  'order_stock INTEGER',
  'order_sold INTEGER',
  'order_buyer TEXT',
];

/**
 * Adds nullable columns at the end of a table's definition as ALTER TABLE ADD COLUMN does, by
 * the text of the schema alone (SQLite's documented procedure for changes that leave every
 * stored row as it is: a row written before reads null in them), without the check of every
 * row that ADD COLUMN runs on a STRICT table or one with a CHECK: on run_log, a JSON check of
 * every payload per column, 4.8 s for 8 columns at 1,000,000 orders. Inside the migration's
 * transaction; the definition read back must list the columns, or it all rolls back.
 */
function addNullableColumns(db: Database, table: string, columns: readonly string[]): void {
  const sql = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table) as string;
  const end = sql.lastIndexOf(')');
  const changed = `${sql.slice(0, end)}, ${columns.join(', ')}${sql.slice(end)}`;
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?").run(
      changed,
      table,
    );
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  const names = new Set(
    (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name),
  );
  const missing = columns.filter((column) => !names.has(column.split(' ')[0]));
  if (missing.length > 0) throw new Error(`${table} lacks ${missing.join(', ')} after adding them`);
}

/**
 * An order event's fields get columns of their own in the run log, written beside its JSON as it
 * is journaled (sync/run-log.ts), so that an export reads an order's numbers and text without
 * parsing its JSON (a quarter of the time of the CSV export of 1,000,000 orders). The columns
 * are set on the orders that have every field (order_buyer may stay null) and only there: an
 * entry whose order_sku is null is no order to the review. Adding them takes no time at any
 * size; orders journaled before get theirs in the background (migration 017,
 * review/order-column-fill.ts): filling them here held the first start after the update for
 * 9.1 s at 1,000,000 orders.
 */
export const migration016RunLogOrderColumns: Migration = {
  version: 16,
  name: 'run-log-order-columns',
  up(db) {
    addNullableColumns(db, 'run_log', ORDER_COLUMNS);
  },
};
