import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OrderColumnFiller } from '../../../src/main/core/review/order-column-fill';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { RunLogKind } from '../../../src/shared/model/live';
import { asBeforeOrderColumns } from '../../support/before-order-columns';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Orders written after the sample run's, so that the fill takes many slices. */
const MORE_ORDERS = 3_000;

async function csvOf(db: Db, runId: number): Promise<Buffer> {
  const { review } = makeReview(db);
  return readFileSync((await review.export(runId, 'csv')).path);
}

const count = (db: Db, where: string) =>
  db.prepare(`SELECT count(*) FROM run_log WHERE ${where}`).pluck().get() as number;

describe('the run log order columns (migrations 016 and 017)', () => {
  it('a run journaled before them opens at once, is filled a slice at a time, and exports the same bytes throughout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-order-columns-'));
    dirs.push(dir);
    const file = join(dir, 'showdesk.sqlite');
    const log = sampleRun({ db: openDatabase(file).db });
    const { db, run } = log;
    db.prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)').run(
      run.id,
      T0 + 9_500,
      RunLogKind.snapshot,
      JSON.stringify({ snapshot: { pin: { sku: 'B' } } }),
    );
    log.restock('B', MORE_ORDERS, T0 + 9_550);
    for (let i = 0; i < MORE_ORDERS; i++) log.order('B', 1, T0 + 9_600 + i);
    const orders = count(db, "event_type = 'order'");
    expect(count(db, 'order_sku IS NOT NULL')).toBe(orders);
    const journaled = await csvOf(db, run.id);
    asBeforeOrderColumns(db);
    db.close();

    // The first start after the update: the columns are added, none is filled yet.
    let migrated = openDatabase(file);
    expect(migrated.migration).toEqual({ from: 15, to: 19 });
    expect(count(migrated.db, 'order_sku IS NOT NULL')).toBe(0);
    expect((await csvOf(migrated.db, run.id)).equals(journaled)).toBe(true);

    // Part of the way, then the app stops (each slice commits with its progress) and starts again.
    let filler = new OrderColumnFiller(migrated.db);
    const first = filler.fillSlice(1_000);
    expect(first?.through).toBe(1_000);
    const partly = count(migrated.db, 'order_sku IS NOT NULL');
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(orders);
    expect((await csvOf(migrated.db, run.id)).equals(journaled)).toBe(true);
    migrated.db.close();

    migrated = openDatabase(file);
    expect(migrated.migration).toEqual({ from: 19, to: 19 });
    expect(count(migrated.db, 'order_sku IS NOT NULL')).toBe(partly);
    filler = new OrderColumnFiller(migrated.db);
    let slices = 0;
    while (filler.fillSlice(1_000) !== null) slices += 1;
    expect(slices).toBeGreaterThan(1);
    expect(count(migrated.db, 'order_sku IS NOT NULL')).toBe(orders);
    expect(migrated.db.prepare('SELECT count(*) FROM run_log_order_fill').pluck().get()).toBe(0);
    const filled = await csvOf(migrated.db, run.id);
    expect(filled.equals(journaled)).toBe(true);
    expect(journaled.toString('utf8')).toContain(',yes,');

    // The journal stays append-only: a filled order's columns and every other column are refused.
    expect(() =>
      migrated.db.prepare("UPDATE run_log SET order_sku = 'X' WHERE order_sku = 'B'").run(),
    ).toThrow(/append-only/);
    expect(() =>
      migrated.db.prepare("UPDATE run_log SET payload = '{}' WHERE order_sku IS NULL").run(),
    ).toThrow(/append-only/);
    migrated.db.close();
  });

  it('replay and the timeline read the same orders from the columns as from the JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-order-columns-'));
    dirs.push(dir);
    const file = join(dir, 'showdesk.sqlite');
    const { db, run } = sampleRun({ db: openDatabase(file).db });
    /** Each product's stock, sold and revenue at moments across the run, and the timeline. */
    const review = (on: Db) => {
      const service = makeReview(on).review;
      const moments = [300, 1_650, 2_099, 2_100, 3_100, 3_300, 3_600, 9_500];
      return {
        states: moments.map((offset) => service.stateAt(run.id, T0 + offset).products),
        timeline: service.timeline(run.id, {}),
      };
    };
    const journaled = review(db);
    expect(journaled.timeline.series.every((series) => series.exact)).toBe(true);
    asBeforeOrderColumns(db);
    db.close();
    const migrated = openDatabase(file);
    expect(count(migrated.db, 'order_sku IS NOT NULL')).toBe(0);
    expect(review(migrated.db)).toEqual(journaled);
    new OrderColumnFiller(migrated.db).fillSlice(10);
    expect(count(migrated.db, 'order_sku IS NOT NULL')).toBeGreaterThan(0);
    expect(review(migrated.db)).toEqual(journaled);
    migrated.db.close();
  });

  it('a new database has nothing to fill', () => {
    const db = openDatabase(':memory:').db;
    expect(new OrderColumnFiller(db).fillSlice()).toBeNull();
    db.close();
  });
});
