import type { Migration } from './migration';

/**
 * The review rollup of orders moves from a trigger on every run log insert (one upsert with the
 * order's JSON read field by field, about 60% of the time an event took to journal) to the
 * writers of server events, which roll each batch up in memory first (review/order-rollup.ts).
 * The pin and snapshot triggers stay: they fire only for their few entries.
 */
export const migration009RollupInBatches: Migration = {
  version: 9,
  name: 'rollup-in-batches',
  up(db) {
    db.exec('DROP TRIGGER review_rollup_order');
  },
};
