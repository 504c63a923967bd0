import type { Migration } from './migration';

/**
 * An order event's fields get columns of their own in the run log, written beside its JSON as it
 * is journaled (sync/run-log.ts), so that an export reads an order's numbers and text without
 * parsing its JSON (a quarter of the time of the CSV export of 1,000,000 orders). The columns
 * are set on the orders that have every field (order_buyer may stay null) and only there: an
 * entry whose order_sku is null is no order to the review. Orders journaled before get theirs
 * here once; the append-only trigger is recreated as it was.
 */
export const migration016RunLogOrderColumns: Migration = {
  version: 16,
  name: 'run-log-order-columns',
  up(db) {
    db.exec(`
      ALTER TABLE run_log ADD COLUMN order_at INTEGER;
      ALTER TABLE run_log ADD COLUMN order_id TEXT;
      ALTER TABLE run_log ADD COLUMN order_sku TEXT;
      ALTER TABLE run_log ADD COLUMN order_qty INTEGER;
      ALTER TABLE run_log ADD COLUMN order_price_minor INTEGER;
      ALTER TABLE run_log ADD COLUMN order_stock INTEGER;
      ALTER TABLE run_log ADD COLUMN order_sold INTEGER;
      ALTER TABLE run_log ADD COLUMN order_buyer TEXT;

      DROP TRIGGER run_log_append_only;
      UPDATE run_log SET
          order_at = payload ->> '$.at',
          order_id = payload ->> '$.orderId',
          order_sku = payload ->> '$.sku',
          order_qty = payload ->> '$.qty',
          order_price_minor = payload ->> '$.priceMinor',
          order_stock = payload ->> '$.stock',
          order_sold = payload ->> '$.sold',
          order_buyer = CASE WHEN json_type(payload, '$.buyer') = 'text'
            THEN payload ->> '$.buyer' END
        WHERE event_type = 'order' AND event_seq IS NOT NULL
          AND json_type(payload, '$.at') = 'integer'
          AND json_type(payload, '$.orderId') = 'text'
          AND json_type(payload, '$.sku') = 'text'
          AND json_type(payload, '$.qty') = 'integer'
          AND json_type(payload, '$.priceMinor') = 'integer'
          AND json_type(payload, '$.stock') = 'integer'
          AND json_type(payload, '$.sold') = 'integer';
      CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
      BEGIN
        SELECT RAISE(ABORT, 'run_log is append-only');
      END;
    `);
  },
};
