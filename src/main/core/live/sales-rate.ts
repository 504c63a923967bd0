/**
 * Units sold per second, smoothed with an exponential kernel over `tauMs` (server time): each
 * order adds qty / tau and the sum decays by e^(-dt / tau). Orders replayed after a reconnect
 * count at the time they happened, so a replay does not show as a burst.
 */
export class SalesRate {
  private rate = 0;
  private lastAt: number | null = null;

  constructor(private readonly tauMs = 3000) {}

  record(at: number, qty: number): void {
    this.rate = this.valueAt(at) + (qty * 1000) / this.tauMs;
    this.lastAt = Math.max(at, this.lastAt ?? at);
  }

  /** Units per second at server time `now`. */
  valueAt(now: number): number {
    if (this.lastAt === null) return 0;
    const dt = Math.max(0, now - this.lastAt);
    return this.rate * Math.exp(-dt / this.tauMs);
  }
}

const MIN_RATE = 0.01;

/** Seconds until `stock` reaches zero at `unitsPerSecond`; 0 when sold out; null when idle. */
export function sellOutSeconds(stock: number, unitsPerSecond: number): number | null {
  if (stock <= 0) return 0;
  if (unitsPerSecond < MIN_RATE) return null;
  return Math.round((stock / unitsPerSecond) * 10) / 10;
}
