import type { ClockTimer, SaleClock } from '../shared/sale-clock';

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
