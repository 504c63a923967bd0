import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/store/database';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { RunIndexCache } from '../../../src/main/core/review/run-index';
import { readClockSeconds } from '../../../src/main/core/review/show-sales';
import { asBeforeOrderJsonOnce } from '../../support/before-order-columns';
import { handwrittenRun, T0 } from './log-writer';
import { sampleRehearsal } from './sample-rehearsal';

const unitsPerMs = (db: Db) =>
  db.prepare('SELECT run_id, sku, at, units FROM review_order_ms ORDER BY 1, 2, 3').raw().all();

/** The same sums from every order's JSON, as the review counted them before migration 015. */
const fromPayloads = (db: Db, runId: number) =>
  db
    .prepare(
      `SELECT run_id, payload ->> '$.sku', payload ->> '$.at', sum(payload ->> '$.qty')
       FROM run_log_entries WHERE run_id = ? AND event_type = 'order' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
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
    // Migration 015 reads every order's JSON, which a database before 018 stored.
    asBeforeOrderJsonOnce(db);
    db.exec('DROP TABLE review_order_ms');
    MIGRATIONS[14].up(db);
    expect(unitsPerMs(db)).toEqual(journaled);
  });

  it('give the units per show second of every order, across pauses and speed changes', () => {
    const rehearsal = sampleRehearsal();
    // Orders all through the run, while running at 10x and 20x, and while paused (by hand
    // after the run: the log's times decide, not the order of writing).
    for (let i = 0; i < 400; i++) rehearsal.order(i % 2 ? 'A' : 'B', 1 + (i % 3), T0 + 20 * i + 7);
    const { db, run } = rehearsal;
    const index = new RunIndexCache(db).get(run.id);
    if (!index || index.time.clock.base !== 'show') throw new Error('a rehearsal in show time');
    const { time } = index;
    const { zeroAt } = index.time.clock;
    const expected = new Map<string, Map<number, number>>();
    const orders = db
      .prepare(
        `SELECT payload ->> '$.sku', payload ->> '$.at', payload ->> '$.qty' FROM run_log_entries
         WHERE run_id = ? AND event_type = 'order'`,
      )
      .raw()
      .all(run.id) as [string, number, number][];
    for (const [sku, at, qty] of orders) {
      const second = Math.floor((time.fromWall(at) - zeroAt) / 1000);
      const bySecond = expected.get(sku) ?? new Map<number, number>();
      expected.set(sku, bySecond.set(second, (bySecond.get(second) ?? 0) + qty));
    }
    const counted = readClockSeconds(db, run.id, time, zeroAt);
    const sorted = (seconds: Map<string, Map<number, number>>) =>
      [...seconds].map(([sku, bySecond]) => [sku, [...bySecond].sort((a, b) => a[0] - b[0])]);
    expect(sorted(counted)).toEqual(sorted(expected));
    expect(counted.get('A')?.size).toBeGreaterThan(20);
  });
});
