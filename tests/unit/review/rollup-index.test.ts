import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { RunLog } from '../../../src/main/core/sync/run-log';
import type { ServerEvent } from '../../../src/shared/protocol';
import { handwrittenRun, T0, type LogWriter } from './log-writer';

function rollup(db: Db): unknown[] {
  return db.prepare('SELECT * FROM review_seconds ORDER BY run_id, sku, second, pinned').all();
}

function writeShow(log: LogWriter): void {
  log.product('A', 10, 500, T0 + 100);
  log.product('B', 5, 1000, T0 + 200);
  log.showState('live', T0 + 900);
  log.order('A', 2, T0 + 1_000);
  log.pin('A', T0 + 1_500);
  log.order('A', 3, T0 + 1_600);
  log.order('B', 1, T0 + 1_700);
  log.order('A', 5, T0 + 2_100, 400);
  log.pin(null, T0 + 2_500);
  log.restock('A', 4, T0 + 3_000);
  log.order('A', 1, T0 + 3_200);
}

describe('the review rollup of the run log', () => {
  it('rolls orders up per SKU, second and pin state as they are written', () => {
    const log = handwrittenRun();
    writeShow(log);
    const rows = rollup(log.db) as Record<string, unknown>[];
    const second = Math.floor(T0 / 1000);
    expect(
      rows.map((row) => [row.sku, Number(row.second) - second, row.pinned, row.units]),
    ).toEqual([
      ['A', 1, 0, 2],
      ['A', 1, 1, 3],
      ['A', 2, 1, 5],
      ['A', 3, 0, 1],
      ['B', 1, 0, 1],
    ]);
    const soldOut = rows.find((row) => row.sku === 'A' && Number(row.second) === second + 2);
    expect(soldOut).toMatchObject({
      revenue_minor: 2_000,
      open_stock: 5,
      last_stock: 0,
      last_sold: 10,
      sold_out_at: T0 + 2_100,
    });
    expect(log.db.prepare('SELECT sku FROM review_pin').get()).toEqual({ sku: null });
  });

  it('rolls up a log written before the review migration exactly as the triggers do', () => {
    const { db: migrated } = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 3) });
    writeShow(handwrittenRun({ db: migrated, beforeReview: true }));
    MIGRATIONS[3].up(migrated);
    const live = handwrittenRun();
    writeShow(live);
    expect(rollup(migrated)).toEqual(rollup(live.db));
    expect(rollup(migrated)).toHaveLength(5);
  });

  it('rolls a batch of events up exactly as the same events one at a time', () => {
    const single = handwrittenRun();
    writeShow(single);
    const events = single.db
      .prepare("SELECT payload FROM run_log_entries WHERE kind = 'event' ORDER BY seq")
      .all()
      .map((row) => JSON.parse((row as { payload: string }).payload) as ServerEvent);
    const batched = handwrittenRun();
    const log = new RunLog(batched.db);
    batched.db.transaction(() => {
      log.appendEvents(batched.run.id, events.slice(0, 5), T0);
      log.appendEvents(batched.run.id, events.slice(5), T0);
    })();
    expect(rollup(batched.db)).toEqual(rollup(single.db));
    expect(batched.db.prepare('SELECT sku FROM review_pin').get()).toEqual({ sku: null });
  });

  it('journals a batch in multi-row inserts at the positions one insert per event gives', () => {
    const single = handwrittenRun();
    single.product('A', 1_000, 500, T0);
    single.product('B', 1_000, 800, T0);
    for (let i = 0; i < 300; i++) {
      if (i % 50 === 0) single.pin(i % 100 === 0 ? 'A' : null, T0 + i * 10);
      single.order(i % 3 === 0 ? 'B' : 'A', 1 + (i % 2), T0 + i * 10);
    }
    const logged = (db: Db) =>
      db
        .prepare(
          `SELECT seq, kind, event_type, event_seq, payload FROM run_log_entries
           WHERE kind = 'event' ORDER BY seq`,
        )
        .raw()
        .all() as [number, string, string, number, string][];
    const events = logged(single.db).map((row) => JSON.parse(row[4]) as ServerEvent);
    const batched = handwrittenRun();
    const log = new RunLog(batched.db);
    batched.db.transaction(() => {
      // 1 + 85 (64 + 16 + 4 + 1) + 64 + 158: every statement size, and a batch of one.
      for (const [from, to] of [
        [0, 1],
        [1, 86],
        [86, 150],
        [150, events.length],
      ]) {
        log.appendEvents(batched.run.id, events.slice(from, to), T0);
      }
    })();
    expect(logged(batched.db)).toEqual(logged(single.db));
    expect(rollup(batched.db)).toEqual(rollup(single.db));
  });

  it('leaves an order entry with missing fields out and still writes it to the log', () => {
    const log = handwrittenRun();
    log.db
      .prepare("INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, 'event', ?)")
      .run(log.run.id, T0, JSON.stringify({ type: 'order', sku: 'A' }));
    expect(rollup(log.db)).toEqual([]);
    expect(log.db.prepare('SELECT count(*) AS n FROM run_log').get()).toEqual({ n: 2 });
  });
});
