import type { Db } from '../store/database';

/** Per SKU, from the rollup of the run's orders (table review_seconds). */
export interface SkuTotals {
  sku: string;
  orders: number;
  units: number;
  revenue: number;
  pinnedUnits: number;
  soldOutAt: number | null;
}

export interface SkuLast {
  sku: string;
  lastSeq: number;
  lastStock: number;
  lastSold: number;
}

export interface SkuPeak {
  sku: string;
  peak: number;
  second: number;
}

/** One rolled-up second of one SKU (one row per pin state). */
export interface SecondRow {
  second: number;
  pinned: number;
  orders: number;
  units: number;
  revenue: number;
  firstSeq: number;
  lastSeq: number;
  firstAt: number;
  lastAt: number;
  openStock: number;
  lastStock: number;
  lastSold: number;
  minStock: number;
  maxStock: number;
}

/** The columns of a SecondRow, in the order `toSecondRow` reads them. */
const SECOND_COLUMNS = `second, pinned, orders, units, revenue_minor, first_seq, last_seq,
  first_at, last_at, open_stock, last_stock, last_sold, min_stock, max_stock`;

/**
 * A SecondRow from the statement's raw row: a run's seconds are read by the tens of thousands
 * (the timeline, the HTML report), and objects made here cost half of better-sqlite3's named rows
 * (36,000 rows: 70-84 ms against 133-156 ms).
 */
function toSecondRow(row: number[]): SecondRow {
  return {
    second: row[0],
    pinned: row[1],
    orders: row[2],
    units: row[3],
    revenue: row[4],
    firstSeq: row[5],
    lastSeq: row[6],
    firstAt: row[7],
    lastAt: row[8],
    openStock: row[9],
    lastStock: row[10],
    lastSold: row[11],
    minStock: row[12],
    maxStock: row[13],
  };
}

export function skuTotals(db: Db, runId: number): SkuTotals[] {
  return db
    .prepare(
      `SELECT sku, sum(orders) AS orders, sum(units) AS units, sum(revenue_minor) AS revenue,
         sum(CASE WHEN pinned = 1 THEN units ELSE 0 END) AS pinnedUnits,
         min(sold_out_at) AS soldOutAt
       FROM review_seconds WHERE run_id = ? GROUP BY sku`,
    )
    .all(runId) as SkuTotals[];
}

/** The stock and sold after each SKU's last logged order. */
export function skuLast(db: Db, runId: number): SkuLast[] {
  return db
    .prepare(
      `SELECT sku, max(last_seq) AS lastSeq, last_stock AS lastStock, last_sold AS lastSold
       FROM review_seconds WHERE run_id = ? GROUP BY sku`,
    )
    .all(runId) as SkuLast[];
}

/** Each SKU's busiest second (units summed over pin states). */
export function skuPeaks(db: Db, runId: number): SkuPeak[] {
  return db
    .prepare(
      `SELECT sku, max(units) AS peak, second FROM (
         SELECT sku, second, sum(units) AS units FROM review_seconds WHERE run_id = ?
         GROUP BY sku, second)
       GROUP BY sku`,
    )
    .all(runId) as SkuPeak[];
}

/** First and last order time of the run, or nulls without orders. */
export function orderSpan(db: Db, runId: number): { first: number | null; last: number | null } {
  return db
    .prepare(
      'SELECT min(first_at) AS first, max(last_at) AS last FROM review_seconds WHERE run_id = ?',
    )
    .get(runId) as { first: number | null; last: number | null };
}

/** A SKU's seconds from `fromSecond` to `toSecond` (both included), in time order. */
export function secondsOf(
  db: Db,
  runId: number,
  sku: string,
  fromSecond: number,
  toSecond: number,
): SecondRow[] {
  return (
    db
      .prepare(
        `SELECT ${SECOND_COLUMNS} FROM review_seconds
         WHERE run_id = ? AND sku = ? AND second BETWEEN ? AND ? ORDER BY second, first_seq`,
      )
      .raw()
      .all(runId, sku, fromSecond, toSecond) as number[][]
  ).map(toSecondRow);
}

/** A SKU's last second before `second`, one row per pin state. */
export function secondsBefore(db: Db, runId: number, sku: string, second: number): SecondRow[] {
  const last = db
    .prepare('SELECT max(second) FROM review_seconds WHERE run_id = ? AND sku = ? AND second < ?')
    .pluck()
    .get(runId, sku, second) as number | null;
  return last === null ? [] : secondsOf(db, runId, sku, last, last);
}

/** Units and revenue of a SKU's orders in the seconds before `second`. */
export function sumsBefore(
  db: Db,
  runId: number,
  sku: string,
  second: number,
): { units: number; revenue: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(units), 0) AS units, coalesce(sum(revenue_minor), 0) AS revenue
       FROM review_seconds WHERE run_id = ? AND sku = ? AND second < ?`,
    )
    .get(runId, sku, second) as { units: number; revenue: number };
}
