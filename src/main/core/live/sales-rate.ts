/** The window rates are measured over, in server time. */
export const RATE_WINDOW_MS = 1000;
const BUCKET_MS = 100;
const WINDOW_BUCKETS = RATE_WINDOW_MS / BUCKET_MS;
const HALF_BUCKETS = WINDOW_BUCKETS / 2;
/** Buckets kept: the window and as much again, for orders that arrive a little late. */
const SLOTS = WINDOW_BUCKETS * 2;

/** A rate measured over the window, with how uncertain it is (units per second). */
export interface RateSample {
  perSecond: number;
  /** About one standard deviation: the larger of the counting noise and the trend in the window. */
  spread: number;
}

/**
 * Units sold per second over the last second of **server** time (the orders' own `at`), in
 * 100 ms buckets: a change in demand shows in full within a second, and orders replayed after a
 * reconnect count at the time they happened rather than as a burst on arrival. The link's events
 * per second are counted the same way (one per event).
 */
export class SalesRate {
  private readonly counts = new Float64Array(SLOTS);
  /** Index (at / BUCKET_MS) of the newest bucket. */
  private head = Number.NEGATIVE_INFINITY;

  record(at: number, qty: number): void {
    const index = Math.floor(at / BUCKET_MS);
    if (index > this.head) {
      const steps = Number.isFinite(this.head) ? Math.min(SLOTS, index - this.head) : SLOTS;
      for (let step = 0; step < steps; step++) this.counts[slot(index - step)] = 0;
      this.head = index;
    }
    if (index <= this.head - SLOTS) return;
    this.counts[slot(index)] += qty;
  }

  /** The rate over the window that ends at server time `end`. */
  sampleAt(end: number): RateSample {
    const endIndex = Math.floor(end / BUCKET_MS);
    const firstIndex = endIndex - WINDOW_BUCKETS + 1;
    const coveredMs = Math.max(BUCKET_MS, end - firstIndex * BUCKET_MS);
    const early = this.unitsIn(firstIndex, firstIndex + HALF_BUCKETS - 1);
    const late = this.unitsIn(firstIndex + HALF_BUCKETS, endIndex);
    const units = early + late;
    const perSecond = (units * 1000) / coveredMs;
    const earlyRate = (early * 1000) / (HALF_BUCKETS * BUCKET_MS);
    const lateRate = (late * 1000) / Math.max(BUCKET_MS, coveredMs - HALF_BUCKETS * BUCKET_MS);
    const noise = (Math.sqrt(units) * 1000) / coveredMs;
    return { perSecond, spread: Math.max(noise, Math.abs(lateRate - earlyRate) / 2) };
  }

  private unitsIn(from: number, to: number): number {
    let units = 0;
    for (
      let index = Math.max(from, this.head - SLOTS + 1);
      index <= Math.min(to, this.head);
      index++
    ) {
      units += this.counts[slot(index)];
    }
    return units;
  }
}

function slot(index: number): number {
  return ((index % SLOTS) + SLOTS) % SLOTS;
}

const MIN_RATE = 0.01;

/** When a product sells out at the measured rate: a central estimate and its range. */
export interface SellOutForecast {
  seconds: number;
  /** At the rate plus its spread. */
  lowSeconds: number;
  /** At the rate minus its spread; null when that rate is about zero (no upper bound). */
  highSeconds: number | null;
}

function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

/**
 * The sell-out forecast: 0 at once when sold out; null where it would mean nothing (not pinned
 * and no flash sale running, so a trickle is not projected; or nothing selling).
 */
export function sellOutForecast(
  stock: number,
  rate: RateSample,
  meaningful: boolean,
): SellOutForecast | null {
  if (stock <= 0) return { seconds: 0, lowSeconds: 0, highSeconds: 0 };
  if (!meaningful || rate.perSecond < MIN_RATE) return null;
  const slow = rate.perSecond - rate.spread;
  return {
    seconds: tenths(stock / rate.perSecond),
    lowSeconds: tenths(stock / (rate.perSecond + rate.spread)),
    highSeconds: slow < MIN_RATE ? null : tenths(stock / slow),
  };
}
