import type { Db } from '../../src/main/core/store/database';

const ORDER_COLUMNS = [
  'order_at',
  'order_id',
  'order_sku',
  'order_qty',
  'order_price_minor',
  'order_stock',
  'order_sold',
  'order_buyer',
];

/**
 * Takes a current database back to version 15, as the update from an app before migration 016
 * finds it: the run log without its order columns or their fill, its trigger as it was.
 */
export function asBeforeOrderColumns(db: Db): void {
  db.exec(`
    DROP TRIGGER run_log_append_only;
    DROP TABLE run_log_order_fill;
    ${ORDER_COLUMNS.map((column) => `ALTER TABLE run_log DROP COLUMN ${column};`).join('\n')}
    CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
    BEGIN
      SELECT RAISE(ABORT, 'run_log is append-only');
    END;
    PRAGMA user_version = 15;
  `);
}

/** Run log entries that are orders whose columns are not those of their JSON (or not set). */
export function ordersUnlikeTheirJson(db: Db): number {
  return db
    .prepare(
      `SELECT count(*) FROM run_log WHERE event_type = 'order' AND (order_sku IS NULL
         OR order_at IS NOT payload ->> '$.at' OR order_id IS NOT payload ->> '$.orderId'
         OR order_sku IS NOT payload ->> '$.sku' OR order_qty IS NOT payload ->> '$.qty'
         OR order_price_minor IS NOT payload ->> '$.priceMinor'
         OR order_stock IS NOT payload ->> '$.stock' OR order_sold IS NOT payload ->> '$.sold'
         OR order_buyer IS NOT payload ->> '$.buyer')`,
    )
    .pluck()
    .get() as number;
}
