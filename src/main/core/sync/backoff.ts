export interface BackoffOptions {
  /** The first delay, in ms. */
  initialMs: number;
  /** The longest delay, in ms. */
  maxMs: number;
  /** Spread each delay by up to this fraction either way (0.2: ±20 %), so consoles do not herd. */
  jitter?: number;
  /** The first attempt after a start or a reset goes at once (0 ms); the steps follow after it. */
  immediateFirst?: boolean;
}

/** Exponential backoff with a cap: initialMs, 2×, 4× ... up to maxMs, each with some jitter. */
export class Backoff {
  private attempt = 0;
  private fresh = true;

  constructor(
    private readonly options: BackoffOptions,
    private readonly random: () => number = Math.random,
  ) {}

  /** The delay before the next attempt; each call moves one step up. */
  next(): number {
    if (this.fresh && this.options.immediateFirst === true) {
      this.fresh = false;
      return 0;
    }
    this.fresh = false;
    const base = Math.min(this.options.maxMs, this.options.initialMs * 2 ** this.attempt);
    if (base < this.options.maxMs) this.attempt += 1;
    const spread = this.options.jitter ?? 0.2;
    const factor = 1 - spread + 2 * spread * this.random();
    return Math.max(0, Math.round(Math.min(this.options.maxMs, base * factor)));
  }

  /** After a success: start again from initialMs. */
  reset(): void {
    this.attempt = 0;
    this.fresh = true;
  }
}
