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
  /**
   * Where the windows end: `horizon` is the newest server time the server told (an event's `at`,
   * a heartbeat), `serverNow` the server's time now as the console estimates it.
   */
  windowEnd(horizon: number, serverNow: number): number;
}

/** A live window ends at the newest server time seen, at most this far behind the server's now. */
const MAX_HORIZON_LAG_MS = 500;

/** A live run's: server time as it is. */
export const serverRateClock: RateClock = {
  eventAt: (at) => at,
  windowEnd: (horizon, serverNow) => Math.max(horizon, serverNow - MAX_HORIZON_LAG_MS),
};

/** What a rehearsal's rates read of its show time. */
export interface ShowTimeline {
  /** The show time its steps had reached before wall-clock moment `wallAt` (ms). */
  showMsAt(wallAt: number): number;
}

/**
 * Wall time the console is given to have a rehearsal step's orders in (they come over the same
 * machine's link): after it a window holds the step, so that it stands still early in a pause.
 */
const STEP_ARRIVAL_MS = 100;

/**
 * A rehearsal's show time, stepped: the orders the server stamps while a step runs count at the
 * show time that step starts at, and a window ends just before a step the console may not have
 * all of yet (the step running at the newest time seen, or STEP_ARRIVAL_MS ago), so that it holds
 * whole steps (a step's orders are of its span of show time, not of an instant).
 */
export function showRateClock(timeline: ShowTimeline): RateClock {
  return {
    eventAt: (at) => timeline.showMsAt(at),
    windowEnd: (horizon, serverNow) =>
      Math.max(timeline.showMsAt(horizon), timeline.showMsAt(serverNow - STEP_ARRIVAL_MS)) - 1,
  };
}
