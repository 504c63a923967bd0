/**
 * The clock a run's sales rates and sell-out forecasts run on. A live run's is the server's own
 * (its events' `at`, in ms epoch): units per second and forecasts in seconds of the wall clock.
 * A rehearsal's is its show time, into which the server's wall-clock times are mapped: units per
 * second of show time and forecasts in show time, the same at any speed and standing still while
 * the rehearsal is paused.
 */
export interface RateClock {
  /** Where an event the server stamped at `at` counts. */
  eventAt(at: number): number;
  /** Where a window that ends at server time `at` ends. */
  windowEndAt(at: number): number;
}

/** A live run's: server time as it is. */
export const serverRateClock: RateClock = {
  eventAt: (at) => at,
  windowEndAt: (at) => at,
};

/** What a rehearsal's rates read of its show time. */
export interface ShowTimeline {
  /** The show time its steps had reached before wall-clock moment `wallAt` (ms). */
  showMsAt(wallAt: number): number;
}

/**
 * A rehearsal's show time, stepped: the orders the server stamps while a step runs count at the
 * show time that step starts at, and a window ends just before the step running at its end, so
 * that it holds whole steps (its orders are of the step's span of show time, not of an instant).
 */
export function showRateClock(timeline: ShowTimeline): RateClock {
  return {
    eventAt: (at) => timeline.showMsAt(at),
    windowEndAt: (at) => timeline.showMsAt(at) - 1,
  };
}
