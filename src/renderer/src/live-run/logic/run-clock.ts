import type { OnAirClock, OnAirSlot, OnAirState } from '../../../../shared/model/onair';
import { slotActualMs } from '../../../../shared/model/slot-actual';
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

/** A lineup slot's time on air as the on-air state gives it, with the run it belongs to. */
export type SlotClock = Pick<OnAirSlot, 'pinnedMs' | 'pinnedSince'> &
  Pick<OnAirState, 'runId' | 'runKind'>;

/** A slot's time on air now, and whether it stands still. */
export interface SlotTimeView {
  ms: number;
  still: boolean;
}

/**
 * A slot's time on air on the run's one clock: a live run's open span counts wall time; a
 * rehearsal's counts its show time (`simulatedMs`), at its speed and standing still while it is
 * paused, and stands still while the rehearsal's state is not known. A closed span (not pinned,
 * or End show issued) stands still.
 */
export function slotTimeView(
  slot: SlotClock,
  rehearsal: RehearsalState | null,
  now: number,
): SlotTimeView {
  if (slot.pinnedSince === null) return { ms: slot.pinnedMs, still: true };
  if (slot.runKind !== 'rehearsal') return { ms: slotActualMs(slot, now), still: false };
  if (rehearsal === null || rehearsal.runId !== slot.runId) {
    return { ms: slot.pinnedMs, still: true };
  }
  return { ms: slotActualMs(slot, rehearsal.simulatedMs), still: rehearsal.paused };
}
