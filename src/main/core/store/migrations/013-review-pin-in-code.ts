import type { Migration } from './migration';

/**
 * The review's pin (review_pin) is kept by the writers of the run log: the rollup stores the pin
 * a batch of events ends with, the inbox the pin of a snapshot it journals. The triggers that
 * did it fired for every run log row (each copies the row to test its condition), about a sixth
 * of the cost of journaling an order.
 */
export const migration013ReviewPinInCode: Migration = {
  version: 13,
  name: 'review-pin-in-code',
  up(db) {
    db.exec(`
      DROP TRIGGER review_rollup_pin;
      DROP TRIGGER review_rollup_snapshot;
    `);
  },
};
