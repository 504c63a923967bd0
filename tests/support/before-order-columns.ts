import type { Db } from '../../src/main/core/store/database';
import { ORDER_FILL_TRIGGER } from '../../src/main/core/store/migrations/017-run-log-order-fill';
import {
  ORDER_COLUMN_NAMES,
  orderJsonSql,
  PAYLOAD_AFTER,
  PAYLOAD_BEFORE,
} from '../../src/main/core/store/migrations/018-run-log-order-json-once';
import { rewriteTableDefinition } from '../../src/main/core/store/migrations/table-definition';

/**
 * Takes a current database back to version 17, as the update from an app before migration 018
 * finds it: every order's JSON stored beside its columns, payload NOT NULL, no view, the fill
 * done and migration 017's trigger, and no audience_show_minutes (migration 019). `payloadSql` makes each order's stored JSON from its columns.
 */
export function asBeforeOrderJsonOnce(db: Db, payloadSql = orderJsonSql()): void {
  db.exec(`
    DROP TABLE audience_show_minutes;
    DROP VIEW run_log_entries;
    DROP TRIGGER run_log_append_only;
    UPDATE run_log SET payload = ${payloadSql} WHERE payload IS NULL;
    DELETE FROM run_log_order_fill;
  `);
  rewriteTableDefinition(
    db,
    'run_log',
    (sql) => sql.replace(PAYLOAD_AFTER, PAYLOAD_BEFORE),
    () => undefined,
  );
  db.exec(`
    ${ORDER_FILL_TRIGGER}
    PRAGMA user_version = 17;
  `);
}

/**
 * Takes a current database back to version 15, as the update from an app before migration 016
 * finds it: the run log without its order columns or their fill, its trigger as it was.
 */
export function asBeforeOrderColumns(db: Db): void {
  asBeforeOrderJsonOnce(db);
  db.exec(`
    DROP TRIGGER run_log_append_only;
    DROP TABLE run_log_order_fill;
    ${ORDER_COLUMN_NAMES.map((column) => `ALTER TABLE run_log DROP COLUMN ${column};`).join('\n')}
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
      `SELECT count(*) FROM run_log_entries WHERE event_type = 'order' AND (order_sku IS NULL
         OR order_at IS NOT payload ->> '$.at' OR order_id IS NOT payload ->> '$.orderId'
         OR order_sku IS NOT payload ->> '$.sku' OR order_qty IS NOT payload ->> '$.qty'
         OR order_price_minor IS NOT payload ->> '$.priceMinor'
         OR order_stock IS NOT payload ->> '$.stock' OR order_sold IS NOT payload ->> '$.sold'
         OR order_buyer IS NOT payload ->> '$.buyer')`,
    )
    .pluck()
    .get() as number;
}
