import type { SalesBucket } from '../../../shared/model/review';

const MINUTE = 60_000;

/** Whole minutes per bucket so that [from, to] needs at most `maxBuckets` of them. */
export function salesBucketMs(from: number, to: number, maxBuckets: number): number {
  const minutes = Math.ceil((to - from + 1) / MINUTE);
  return Math.max(1, Math.ceil(minutes / Math.max(1, maxBuckets))) * MINUTE;
}

/**
 * Units sold per bucket (aligned to whole minutes counted from `origin`: the epoch, or a
 * rehearsal's show time 0), every bucket of the range present.
 */
export class SalesBuckets {
  private readonly start: number;
  private readonly buckets: SalesBucket[] = [];

  constructor(
    from: number,
    to: number,
    readonly bucketMs: number,
    origin = 0,
  ) {
    this.start = origin + Math.floor((from - origin) / MINUTE) * MINUTE;
    for (let at = this.start; at <= to; at += bucketMs) {
      this.buckets.push({ at, units: 0, bySku: {} });
    }
  }

  add(sku: string, at: number, units: number): void {
    const bucket = this.buckets[Math.floor((at - this.start) / this.bucketMs)];
    if (!bucket) return;
    bucket.units += units;
    bucket.bySku[sku] = (bucket.bySku[sku] ?? 0) + units;
  }

  list(): SalesBucket[] {
    return this.buckets;
  }
}
