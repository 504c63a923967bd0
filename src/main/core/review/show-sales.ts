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
 * Counts the run's units per SKU and clock second from its units per SKU and millisecond: SQLite
 * sums the milliseconds of each clock second, [the first wall-clock ms of second n, that of
 * n + 1), so that JavaScript never handles the rows one by one (a two-hour rehearsal at 20x holds
 * up to 360,000 per SKU; a clock second takes one indexed sum per SKU, an idle stretch one look-up).
 */
export function readClockSeconds(
  db: Db,
  runId: number,
  time: TimeBase,
  zeroAt: number,
): ClockSeconds {
  const skus = db.prepare(SKUS).pluck().all(runId, runId) as string[];
  const span = db
    .prepare<[number, string], [number, number]>(
      'SELECT min(at), max(at) FROM review_order_ms WHERE run_id = ? AND sku = ?',
    )
    .raw();
  const sum = db
    .prepare<[number, string, number, number], number | null>(
      'SELECT sum(units) FROM review_order_ms WHERE run_id = ? AND sku = ? AND at >= ? AND at < ?',
    )
    .pluck();
  const nextAt = db
    .prepare<[number, string, number], number | null>(
      'SELECT min(at) FROM review_order_ms WHERE run_id = ? AND sku = ? AND at >= ?',
    )
    .pluck();
  const seconds: ClockSeconds = new Map();
  for (const sku of skus) {
    const [first, last] = span.get(runId, sku) ?? [0, -1];
    const bySecond = new Map<number, number>();
    seconds.set(sku, bySecond);
    for (let from: number | null = first; from !== null && from <= last;) {
      const second = Math.floor((time.fromWall(from) - zeroAt) / 1000);
      // The first wall-clock ms of a later clock second (Infinity: show time never got there).
      const next = Math.max(from + 1, time.toWall(zeroAt + (second + 1) * 1000, 'first'));
      const units = sum.get(runId, sku, from, Math.min(next, last + 1));
      if (units) bySecond.set(second, units);
      // Seconds without a sale are stepped over to the next millisecond with one.
      from = next > last ? null : (nextAt.get(runId, sku, next) ?? null);
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
