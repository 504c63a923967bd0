import type { Migration } from './migration';

/**
 * review_order_ms: per rehearsal run, the units its orders sold per SKU and millisecond of server
 * time, written with the review rollup as orders are journaled (review/order-rollup.ts). A
 * rehearsal is reviewed in show time, whose seconds do not fall on the wall-clock seconds of
 * review_seconds (at 20x one wall second holds twenty show seconds), so its sales per show second
 * were counted from every order's JSON at each review (about 4 s for 1,000,000 orders); from
 * these rows they are counted exactly (a millisecond never spans two show seconds) and many
 * times faster. Rehearsals journaled before get their rows here once.
 */
export const migration015ReviewRehearsalMs: Migration = {
  version: 15,
  name: 'review-rehearsal-ms',
  up(db) {
    db.exec(`
      CREATE TABLE review_order_ms (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        sku TEXT NOT NULL,
        at INTEGER NOT NULL,
        units INTEGER NOT NULL,
        PRIMARY KEY (run_id, sku, at)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO review_order_ms (run_id, sku, at, units)
        SELECT l.run_id, l.payload ->> '$.sku', l.payload ->> '$.at', sum(l.payload ->> '$.qty')
        FROM run_log l JOIN runs r ON r.id = l.run_id
        WHERE r.kind = 'rehearsal' AND l.kind = 'event' AND l.event_type = 'order'
          AND json_type(l.payload, '$.sku') = 'text'
          AND json_type(l.payload, '$.at') = 'integer'
          AND json_type(l.payload, '$.qty') = 'integer'
        GROUP BY 1, 2, 3;
    `);
  },
};
