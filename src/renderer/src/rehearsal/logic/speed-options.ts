import { MAX_SPEED, MIN_SPEED } from '../../../../shared/model/rehearsal-values';

/** The speeds the segmented control offers, slowest first. */
export const SPEEDS: readonly number[] = [MIN_SPEED, 2, 5, 10, MAX_SPEED];

/** The offered speed nearest to `speed` (a speed set elsewhere may not be one of them). */
export function nearestSpeed(speed: number): number {
  return SPEEDS.reduce((best, option) =>
    Math.abs(option - speed) < Math.abs(best - speed) ? option : best,
  );
}
