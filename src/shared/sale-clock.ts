/** A timer set with `SaleClock.setTimer`, to clear it with `SaleClock.clearTimer`. */
export interface ClockTimer {
  /** The server time it is set for (ms epoch). */
  readonly at: number;
}

/**
 * The server's sense of time. Server times (`serverTime`, `at`, `until`, `endsAt`) are always
 * wall-clock ms epoch, so a console's clock offset stays true; a clock for a rehearsal only runs
 * the spans of timed pins and flash sales in its own show time.
 */
export interface SaleClock {
  /** Server time now, ms epoch. */
  now(): number;
  /** The server time at which a span of `durationMs` (show time) starting at `now` ends. */
  endOf(now: number, durationMs: number): number;
  /** Whether a span that ends at server time `at` is over, as of server time `now`. */
  isDue(at: number, now: number): boolean;
  /** Calls `fire` once the span up to server time `at` has passed (never before it is due). */
  setTimer(at: number, fire: () => void): ClockTimer;
  clearTimer(timer: ClockTimer): void;
}
