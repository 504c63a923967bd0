import type { OnAirClock } from '../../../../shared/model/onair';
import type { RehearsalState } from '../../../../shared/model/rehearsal';

/**
 * The one clock a run shows: a live run counts local wall time since the show went live (or
 * since the run started), and stands still once End show was issued; a rehearsal shows its show
 * time, which stands still while it is paused.
 */
export interface RunClockView {
  ms: number;
  /** Key under `…clock`: `show` (on air since), `run` (run time), `showTime` (rehearsal). */
  label: 'show' | 'run' | 'showTime';
  paused: boolean;
  /** Standing still: paused, or the show ended. */
  still: boolean;
}

export function runClockView(
  clock: OnAirClock,
  runId: number,
  rehearsal: RehearsalState | null,
  now: number,
): RunClockView {
  if (rehearsal !== null && rehearsal.runId === runId) {
    const still = rehearsal.paused || clock.stoppedAt !== null;
    return { ms: rehearsal.simulatedMs, label: 'showTime', paused: rehearsal.paused, still };
  }
  const until = clock.stoppedAt ?? now;
  return {
    ms: Math.max(0, until - clock.startedAt),
    label: clock.source,
    paused: false,
    still: clock.stoppedAt !== null,
  };
}

/** Whether the open run is a rehearsal that is paused now. */
export function isPaused(runId: number | null, rehearsal: RehearsalState | null): boolean {
  return runId !== null && rehearsal !== null && rehearsal.runId === runId && rehearsal.paused;
}
