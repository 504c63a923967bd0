import type { Migration } from './migration';

/** The append-only trigger that lets the fill of the order columns through. */
export const ORDER_FILL_TRIGGER = `
  CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
  WHEN NOT (OLD.order_sku IS NULL AND NEW.order_sku IS NOT NULL
    AND NEW.seq IS OLD.seq AND NEW.run_id IS OLD.run_id AND NEW.at IS OLD.at
    AND NEW.kind IS OLD.kind AND NEW.payload IS OLD.payload
    AND NEW.event_type IS OLD.event_type AND NEW.event_seq IS OLD.event_seq)
  BEGIN
    SELECT RAISE(ABORT, 'run_log is append-only');
  END;`;

/**
 * The order columns of entries journaled before migration 016 are filled in the background, a
 * slice of the log per transaction (review/order-column-fill.ts), not at the first start:
 *
 * - run_log_order_fill holds how far that went: the entries up to `through_seq` are done, the
 *   last to do is `upto_seq` (the log's end at this migration; entries after it are journaled
 *   with their columns). No row: nothing to fill. A slice and its progress commit together, so a
 *   kill loses at most the slice under way, which the next start does again.
 * - The append-only trigger lets an update through only when it sets the order columns of an
 *   entry that had none and changes nothing else: the journal itself stays as it was written.
 */
export const migration017RunLogOrderFill: Migration = {
  version: 17,
  name: 'run-log-order-fill',
  up(db) {
    db.exec(`
      CREATE TABLE run_log_order_fill (
        through_seq INTEGER NOT NULL,
        upto_seq INTEGER NOT NULL
      ) STRICT;
      INSERT INTO run_log_order_fill (through_seq, upto_seq)
        SELECT 0, max(seq) FROM run_log HAVING max(seq) IS NOT NULL;

      DROP TRIGGER run_log_append_only;
      ${ORDER_FILL_TRIGGER}
    `);
  },
};
