import type { OnAirSlot } from './onair';

/**
 * Actual time on air of a slot at `now` on the run's clock (see OnAirSlot.pinnedMs), in ms. Kept
 * apart from onair.ts so that the first screen's script can use it without loading zod.
 */
export function slotActualMs(
  slot: Pick<OnAirSlot, 'pinnedMs' | 'pinnedSince'>,
  now: number,
): number {
  return slot.pinnedMs + (slot.pinnedSince === null ? 0 : Math.max(0, now - slot.pinnedSince));
}
