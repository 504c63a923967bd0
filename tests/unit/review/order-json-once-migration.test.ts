import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderColumnFiller } from '../../../src/main/core/review/order-column-fill';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { orderJsonSql } from '../../../src/main/core/store/migrations/018-run-log-order-json-once';
import type { ExportFormat } from '../../../src/shared/model/review';
import { asBeforeOrderJsonOnce } from '../../support/before-order-columns';
import { useTempDirs } from '../../support/temp-dir';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();
const tempDir = useTempDirs('showdesk-order-json-once-');

/** Orders written after the sample run's, so that the fill takes many slices. */
const MORE_ORDERS = 3_000;
const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'demand'];

/** An order an older console journaled with its fields in another order than the schema's. */
const ODD_ORDER_ID = '2';
const ODD_JSON = `json_object('type', 'order', 'orderId', order_id, 'sku', order_sku,
  'qty', order_qty, 'priceMinor', order_price_minor, 'stock', order_stock, 'sold', order_sold,
  'buyer', order_buyer, 'seq', event_seq, 'at', order_at)`;

interface Seen {
  exports: Record<string, string>;
  results: unknown;
}

async function seen(db: Db, runId: number): Promise<Seen> {
  const { review } = makeReview(db);
  const exports: Record<string, string> = {};
  for (const format of FORMATS) {
    exports[format] = readFileSync((await review.export(runId, format)).path, 'utf8');
  }
  return { exports, results: review.results(runId) };
}

const count = (db: Db, where: string) =>
  db.prepare(`SELECT count(*) FROM run_log WHERE ${where}`).pluck().get() as number;

/** The JSON export without its time of export. */
const runLogOf = (text: string) => ({ ...JSON.parse(text), exportedAt: null }) as object;

describe("an order's JSON stored once (migration 018)", () => {
  it('new orders are journaled by their columns alone, and read back as the JSON they came as', () => {
    const db = openDatabase(':memory:').db;
    const log = sampleRun({ db });
    const orders = count(db, "event_type = 'order'");
    expect(orders).toBeGreaterThan(0);
    expect(count(db, "event_type = 'order' AND payload IS NULL")).toBe(orders);
    const json = db
      .prepare(`SELECT payload FROM run_log_entries WHERE event_type = 'order' ORDER BY seq`)
      .pluck()
      .all() as string[];
    expect(JSON.parse(json[0])).toEqual({
      type: 'order',
      seq: expect.any(Number),
      at: T0 + 1_000,
      orderId: '1',
      sku: 'A',
      qty: 1,
      priceMinor: 500,
      stock: 9,
      sold: 1,
      buyer: 'viewer-1',
    });
    expect(Object.keys(JSON.parse(json[0]))).toEqual([
      ...['type', 'seq', 'at', 'orderId', 'sku', 'qty', 'priceMinor', 'stock', 'sold', 'buyer'],
    ]);
    expect(() =>
      db
        .prepare("INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, 0, 'note', NULL)")
        .run(log.run.id),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('a database with every order journaled twice opens at once, loses the copies in the background, and reviews and exports every order once throughout', async () => {
    const file = join(tempDir(), 'showdesk.sqlite');
    const log = sampleRun({ db: openDatabase(file).db });
    const { db, run } = log;
    log.restock('B', MORE_ORDERS, T0 + 9_550);
    for (let i = 0; i < MORE_ORDERS; i++) log.order('B', 1, T0 + 9_600 + i);
    const orders = count(db, "event_type = 'order'");
    const journaled = await seen(db, run.id);
    asBeforeOrderJsonOnce(
      db,
      `CASE WHEN order_id = '${ODD_ORDER_ID}' THEN ${ODD_JSON} ELSE ${orderJsonSql()} END`,
    );
    expect(count(db, "event_type = 'order' AND payload IS NULL")).toBe(0);
    db.close();

    // The first start after the update: nothing dropped yet, every order read once.
    let migrated = openDatabase(file);
    expect(migrated.migration).toEqual({ from: 17, to: 19 });
    expect(count(migrated.db, 'payload IS NULL')).toBe(0);
    const before = await seen(migrated.db, run.id);
    expect(before.exports.csv).toBe(journaled.exports.csv);
    expect(before.exports.demand).toBe(journaled.exports.demand);
    expect(runLogOf(before.exports.json)).toEqual(runLogOf(journaled.exports.json));
    expect(before.results).toEqual(journaled.results);
    const csvOrders = before.exports.csv.trimEnd().split('\r\n').length - 1;
    expect(csvOrders).toBe(orders);

    // Part of the way, then the app stops and starts again.
    let filler = new OrderColumnFiller(migrated.db);
    expect(filler.fillSlice(1_000)?.through).toBe(1_000);
    const partly = count(migrated.db, 'payload IS NULL');
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(orders - 1);
    expectSame(await seen(migrated.db, run.id), before);
    migrated.db.close();

    migrated = openDatabase(file);
    expect(migrated.migration).toEqual({ from: 19, to: 19 });
    filler = new OrderColumnFiller(migrated.db);
    while (filler.fillSlice(1_000) !== null);
    // Every order's copy is gone but the one whose text its columns do not give back.
    expect(count(migrated.db, "event_type = 'order' AND payload IS NOT NULL")).toBe(1);
    expect(
      count(
        migrated.db,
        `event_type = 'order' AND order_id = '${ODD_ORDER_ID}' AND payload IS NOT NULL`,
      ),
    ).toBe(1);
    expectSame(await seen(migrated.db, run.id), before);
    migrated.db.close();
  });
});

/** The same bytes in every export but the time it was made, and the same results. */
function expectSame(actual: Seen, expected: Seen): void {
  const untimed = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
  for (const format of FORMATS) {
    expect(untimed(actual.exports[format])).toBe(untimed(expected.exports[format]));
  }
  expect(actual.results).toEqual(expected.results);
}
