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

class WallTimer implements ClockTimer {
  timeout: NodeJS.Timeout | null = null;

  constructor(readonly at: number) {}
}

/** Wall-clock time; a timer that wakes early (timers follow a monotonic clock) waits again. */
export const realClock: SaleClock = {
  now: () => Date.now(),
  endOf: (now, durationMs) => now + durationMs,
  isDue: (at, now) => at <= now,
  setTimer: (at, fire) => {
    const timer = new WallTimer(at);
    const arm = (): void => {
      timer.timeout = setTimeout(
        () => {
          timer.timeout = null;
          if (Date.now() >= at) fire();
          else arm();
        },
        Math.max(0, at - Date.now()),
      );
    };
    arm();
    return timer;
  },
  clearTimer: (timer) => {
    if (!(timer instanceof WallTimer) || timer.timeout === null) return;
    clearTimeout(timer.timeout);
    timer.timeout = null;
  },
};

/** How the spans of timed pins and flash sales are measured, for one change made at `now`. */
export interface Spans {
  /** The server time at which a span of `durationMs` starting now ends. */
  endOf(durationMs: number): number;
  /** Whether a span that ends at server time `at` is over. */
  isDue(at: number): boolean;
}

export function spansAt(clock: SaleClock, now: number): Spans {
  return {
    endOf: (durationMs) => clock.endOf(now, durationMs),
    isDue: (at) => clock.isDue(at, now),
  };
}
