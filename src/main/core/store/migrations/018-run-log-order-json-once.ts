import type { Migration } from './migration';
import { rewriteTableDefinition } from './table-definition';

/**
 * An order event's JSON as SQL builds it from the entry's order columns (`row` prefixes each
 * column: '' or 'OLD.'): the fields in the order the protocol's OrderEvent schema gives them, the
 * buyer only when there is one, so it is the text JSON.stringify made of the order as journaled.
 */
export function orderJsonSql(row = ''): string {
  const fields =
    `'type', 'order', 'seq', ${row}event_seq, 'at', ${row}order_at, ` +
    `'orderId', ${row}order_id, 'sku', ${row}order_sku, 'qty', ${row}order_qty, ` +
    `'priceMinor', ${row}order_price_minor, 'stock', ${row}order_stock, 'sold', ${row}order_sold`;
  return (
    `CASE WHEN ${row}order_buyer IS NULL THEN json_object(${fields}) ` +
    `ELSE json_object(${fields}, 'buyer', ${row}order_buyer) END`
  );
}

/** run_log's payload before this migration, and after it. */
export const PAYLOAD_BEFORE = 'payload TEXT NOT NULL CHECK (json_valid(payload))';
/** An order with its columns may go without its JSON; every other entry keeps its own. */
export const PAYLOAD_AFTER =
  'payload TEXT CHECK (CASE WHEN payload IS NULL THEN order_sku IS NOT NULL ' +
  'ELSE json_valid(payload) END)';

/** The order columns of migration 016. */
export const ORDER_COLUMN_NAMES = [
  'order_at',
  'order_id',
  'order_sku',
  'order_qty',
  'order_price_minor',
  'order_stock',
  'order_sold',
  'order_buyer',
];

const unchanged = (columns: readonly string[]) =>
  columns.map((column) => `NEW.${column} IS OLD.${column}`).join(' AND ');

/**
 * An order's JSON is stored once: in its columns (migration 016), not beside them as well (140
 * of the 276 bytes an order took, and 1.8 of the 4.2 µs of CPU journaling it cost). An order
 * entry is journaled with a null payload; the view run_log_entries gives every entry's JSON,
 * built from the columns where the payload is null, and the readers of an entry's JSON read it
 * there.
 *
 * - payload loses its NOT NULL by the text of the schema (no pass over the rows: every stored
 *   row has one), and its CHECK lets it be null only on an entry with order columns.
 * - Orders journaled before lose their copy in the background with the fill of their columns
 *   (review/order-column-fill.ts), which starts again from the log's start: only where the JSON
 *   built from the columns is the stored text exactly, so no reader sees a byte change.
 * - The append-only trigger lets through the column fill of migration 017 and that drop, and
 *   nothing else.
 */
export const migration018RunLogOrderJsonOnce: Migration = {
  version: 18,
  name: 'run-log-order-json-once',
  up(db) {
    rewriteTableDefinition(
      db,
      'run_log',
      (sql) => {
        if (!sql.includes(PAYLOAD_BEFORE))
          throw new Error(`run_log's payload is not ${PAYLOAD_BEFORE}`);
        return sql.replace(PAYLOAD_BEFORE, PAYLOAD_AFTER);
      },
      () => {
        const payload = (
          db.pragma('table_info(run_log)') as { name: string; notnull: number }[]
        ).find((column) => column.name === 'payload');
        if (payload?.notnull !== 0) throw new Error('run_log.payload is still NOT NULL');
      },
    );
    const entryColumns = ['seq', 'run_id', 'at', 'kind', 'event_type', 'event_seq'];
    db.exec(`
      CREATE VIEW run_log_entries AS
        SELECT ${[...entryColumns, ...ORDER_COLUMN_NAMES].join(', ')},
          CASE WHEN payload IS NULL THEN ${orderJsonSql()} ELSE payload END AS payload
        FROM run_log;

      DELETE FROM run_log_order_fill;
      INSERT INTO run_log_order_fill (through_seq, upto_seq)
        SELECT 0, max(seq) FROM run_log HAVING max(seq) IS NOT NULL;

      DROP TRIGGER run_log_append_only;
      CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
      WHEN NOT (${unchanged(entryColumns)} AND (
        (OLD.order_sku IS NULL AND NEW.order_sku IS NOT NULL AND NEW.payload IS OLD.payload)
        OR (OLD.order_sku IS NOT NULL AND NEW.payload IS NULL
          AND OLD.payload = ${orderJsonSql('OLD.')} AND ${unchanged(ORDER_COLUMN_NAMES)})))
      BEGIN
        SELECT RAISE(ABORT, 'run_log is append-only');
      END;
    `);
  },
};
