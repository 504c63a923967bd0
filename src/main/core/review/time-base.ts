import type { ReviewClock } from '../../../shared/model/review';
import { firstWallAt, showMsAt, type ClockLine } from './show-clock';

export type WallSide = 'first' | 'last';

/**
 * The clock a run is reviewed on. Review computes on the wall-clock times the run log holds
 * (server time for server events, console time for the rest) and gives every time out on this
 * clock: the wall clock itself for a live run, show time for a rehearsal.
 */
export interface TimeBase {
  readonly clock: ReviewClock;
  /** Show time's line (null for the wall clock): what a worker thread needs to rebuild it. */
  readonly line: ClockLine | null;
  /** A wall-clock time as a time of the review's clock. */
  fromWall(at: number): number;
  /**
   * The wall-clock ms of a moment of the review's clock. While show time stood still (a pause)
   * one moment spans many wall ms: 'first' is the earliest, 'last' the latest (so that what was
   * done during the pause counts as done by then). ±Infinity past the clock's ends.
   */
  toWall(at: number, side: WallSide): number;
}

export const WALL_TIME: TimeBase = {
  clock: { base: 'wall' },
  line: null,
  fromWall: (at) => at,
  toWall: (at) => at,
};

/** A few steps are enough to undo floating-point error in the inverse. */
const NUDGES = 4;

/**
 * Show time of a rehearsal as epoch ms from `zeroAt` (the wall-clock moment show time was 0),
 * whole ms. `toWall` returns whole wall ms: the earliest whose show time is at or after the
 * moment ('first'), or the latest whose show time is at or before it ('last').
 */
export function showTimeBase(line: ClockLine, zeroAt: number): TimeBase {
  const fromWall = (at: number) => zeroAt + Math.round(showMsAt(line, at));
  return {
    clock: { base: 'show', zeroAt },
    line,
    fromWall,
    toWall(at, side) {
      const ms = at - zeroAt;
      if (side === 'first') {
        let wall = Math.ceil(firstWallAt(line, ms - 0.5));
        if (!Number.isFinite(wall)) return wall;
        for (let i = 0; i < NUDGES && fromWall(wall - 1) >= at; i++) wall -= 1;
        for (let i = 0; i < NUDGES && fromWall(wall) < at; i++) wall += 1;
        return wall;
      }
      let wall = Math.ceil(firstWallAt(line, ms + 0.5)) - 1;
      if (!Number.isFinite(wall)) return wall;
      for (let i = 0; i < NUDGES && fromWall(wall + 1) <= at; i++) wall += 1;
      for (let i = 0; i < NUDGES && fromWall(wall) > at; i++) wall -= 1;
      return wall;
    },
  };
}

/** Show time as H:MM:SS.mmm (hours in as many digits as needed). */
export function showTimeText(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');
  const seconds = Math.floor(whole / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}:${pad(seconds % 60)}.${pad(whole % 1000, 3)}`;
}
