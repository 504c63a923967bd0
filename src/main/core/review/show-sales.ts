import type { Db } from '../store/database';
import type { TimeBase } from './time-base';

/**
 * Units sold per SKU per second of the review clock: second n is [zeroAt + n s, zeroAt + n + 1 s).
 * The rollup (review_seconds) counts wall-clock seconds, which a rehearsal at 10x fills with ten
 * seconds of show time; this counts show seconds, from the rehearsal's units per SKU and server
 * millisecond (review_order_ms, migration 015).
 */
export type ClockSeconds = Map<string, Map<number, number>>;

/**
 * Reads the run's units per SKU and millisecond once (in key order: by SKU, then time) and counts
 * them per clock second.
 */
export function readClockSeconds(
  db: Db,
  runId: number,
  time: TimeBase,
  zeroAt: number,
): ClockSeconds {
  const rows = db
    .prepare('SELECT sku, at, units FROM review_order_ms WHERE run_id = ? ORDER BY sku, at')
    .raw()
    .iterate(runId) as IterableIterator<[string, number, number]>;
  const seconds: ClockSeconds = new Map();
  let bySecond = new Map<number, number>();
  let sku: string | null = null;
  for (const [rowSku, at, units] of rows) {
    if (rowSku !== sku) {
      sku = rowSku;
      bySecond = new Map();
      seconds.set(sku, bySecond);
    }
    const second = Math.floor((time.fromWall(at) - zeroAt) / 1000);
    bySecond.set(second, (bySecond.get(second) ?? 0) + units);
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
