import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/store/database';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { handwrittenRun, T0 } from './log-writer';
import { sampleRehearsal } from './sample-rehearsal';

const unitsPerMs = (db: Db) =>
  db.prepare('SELECT run_id, sku, at, units FROM review_order_ms ORDER BY 1, 2, 3').raw().all();

/** The same sums from every order's JSON, as the review counted them before migration 015. */
const fromPayloads = (db: Db, runId: number) =>
  db
    .prepare(
      `SELECT run_id, payload ->> '$.sku', payload ->> '$.at', sum(payload ->> '$.qty')
       FROM run_log WHERE run_id = ? AND event_type = 'order' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .raw()
    .all(runId);

describe("a rehearsal's units per SKU and server millisecond (review_order_ms)", () => {
  it('are written as its orders are journaled, and only for a rehearsal', () => {
    const rehearsal = sampleRehearsal();
    const live = handwrittenRun({ db: rehearsal.db });
    live.product('A', 10, 500, T0);
    live.order('A', 2, T0 + 10);
    // Two orders in one millisecond add up.
    rehearsal.order('B', 1, T0 + 7_750);
    const rows = unitsPerMs(rehearsal.db);
    expect(rows).toEqual(fromPayloads(rehearsal.db, rehearsal.run.id));
    expect(rows).toContainEqual([rehearsal.run.id, 'B', T0 + 7_750, 4]);
    expect(rows.length).toBe(9);
  });

  it('are the same for a rehearsal journaled before migration 015, which fills them once', () => {
    const rehearsal = sampleRehearsal();
    const live = handwrittenRun({ db: rehearsal.db });
    live.product('A', 10, 500, T0);
    live.order('A', 2, T0 + 10);
    const { db } = rehearsal;
    const journaled = unitsPerMs(db);
    db.exec('DROP TABLE review_order_ms');
    MIGRATIONS[14].up(db);
    expect(unitsPerMs(db)).toEqual(journaled);
  });
});
