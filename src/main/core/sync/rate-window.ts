/**
 * Counts per second over a sliding window (default 5 s, in 250 ms buckets), for "events per
 * second" in the link status.
 */
export class RateWindow {
  private readonly buckets: number[];
  private readonly bucketMs: number;
  /** Index (time / bucketMs) of the newest bucket. */
  private head = 0;

  constructor(
    private readonly windowMs = 5000,
    bucketCount = 20,
  ) {
    this.bucketMs = windowMs / bucketCount;
    this.buckets = new Array<number>(bucketCount).fill(0);
  }

  add(count: number, now: number): void {
    this.advance(now);
    this.buckets[this.head % this.buckets.length] += count;
  }

  perSecond(now: number): number {
    this.advance(now);
    const total = this.buckets.reduce((sum, value) => sum + value, 0);
    return Math.round((total * 10_000) / this.windowMs) / 10;
  }

  private advance(now: number): void {
    const index = Math.floor(now / this.bucketMs);
    if (index <= this.head) return;
    const steps = Math.min(this.buckets.length, index - this.head);
    for (let step = 1; step <= steps; step++) {
      this.buckets[(this.head + step) % this.buckets.length] = 0;
    }
    this.head = index;
  }
}
