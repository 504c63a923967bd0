import type { Db } from '../store/database';
import type { TimeBase } from './time-base';

/**
 * Units sold per SKU per second of the review clock: second n is [zeroAt + n s, zeroAt + n + 1 s).
 * The rollup (review_seconds) counts wall-clock seconds, which a rehearsal at 10x fills with ten
 * seconds of show time; this counts show seconds, from the rehearsal's units per SKU and server
 * millisecond (review_order_ms, migration 015).
 */
export type ClockSeconds = Map<string, Map<number, number>>;

/** The SKUs of a run's rows, each found by the table's key (no scan of the rows). */
const SKUS = `
  WITH RECURSIVE s(sku) AS (
    SELECT min(sku) FROM review_order_ms WHERE run_id = ?
    UNION ALL
    SELECT (SELECT min(sku) FROM review_order_ms WHERE run_id = ? AND sku > s.sku)
      FROM s WHERE s.sku IS NOT NULL
  )
  SELECT sku FROM s WHERE sku IS NOT NULL`;

/**
 * Units per clock second of one SKU: `bounds` (a JSON array) holds the first wall-clock ms of each
 * clock second in turn and, last, the ms after the run's last sale; each second's units are one
 * indexed sum, all inside SQLite (one statement per SKU, not two per clock second).
 */
const SECOND_SUMS = `
  WITH b(n, lo, hi) AS (
    SELECT key, value, lead(value) OVER (ORDER BY key) FROM json_each(?)
  )
  SELECT n, (SELECT sum(units) FROM review_order_ms
             WHERE run_id = ? AND sku = ? AND at >= b.lo AND at < b.hi) AS units
  FROM b WHERE hi IS NOT NULL`;

/**
 * Counts the run's units per SKU and clock second from its units per SKU and millisecond: SQLite
 * sums the milliseconds of each clock second, [the first wall-clock ms of second n, that of
 * n + 1), so that JavaScript never handles the rows one by one (a two-hour rehearsal at 20x holds
 * up to 360,000 per SKU). The seconds' bounds are worked out once for the run (show time's line
 * inverted, 7,200 for a two-hour show) and sent with each SKU's statement.
 */
export function readClockSeconds(
  db: Db,
  runId: number,
  time: TimeBase,
  zeroAt: number,
): ClockSeconds {
  const skus = db.prepare(SKUS).pluck().all(runId, runId) as string[];
  const seconds: ClockSeconds = new Map(skus.map((sku) => [sku, new Map<number, number>()]));
  const [first, last] = db
    .prepare<[number], [number | null, number | null]>(
      'SELECT min(at), max(at) FROM review_order_ms WHERE run_id = ?',
    )
    .raw()
    .get(runId) ?? [null, null];
  if (first === null || last === null) return seconds;
  const secondOf = (at: number) => Math.floor((time.fromWall(at) - zeroAt) / 1000);
  const firstSecond = secondOf(first);
  const bounds = [first];
  for (let second = firstSecond + 1; second <= secondOf(last); second++) {
    const starts = time.toWall(zeroAt + second * 1000, 'first');
    bounds.push(Math.max(bounds[bounds.length - 1], starts));
  }
  bounds.push(last + 1);
  const json = JSON.stringify(bounds);
  const sums = db.prepare<[string, number, string], [number, number | null]>(SECOND_SUMS).raw();
  for (const [sku, bySecond] of seconds) {
    for (const [n, units] of sums.all(json, runId, sku)) {
      if (units) bySecond.set(firstSecond + n, units);
    }
  }
  return seconds;
}

/** Each SKU's busiest clock second (the earliest of equals) and its units. */
export function clockPeaks(
  seconds: ClockSeconds,
  zeroAt: number,
): Map<string, { peak: number; at: number }> {
  const peaks = new Map<string, { peak: number; at: number }>();
  for (const [sku, bySecond] of seconds) {
    let best: { peak: number; second: number } | null = null;
    for (const [second, units] of bySecond) {
      if (!best || units > best.peak || (units === best.peak && second < best.second)) {
        best = { peak: units, second };
      }
    }
    if (best) peaks.set(sku, { peak: best.peak, at: zeroAt + best.second * 1000 });
  }
  return peaks;
}
