/** The rehearsal's presets and speed limits, without the schemas (rehearsal.ts builds them). */

/** The crowd presets. */
export const REHEARSAL_PRESETS = ['calm', '618'] as const;

/** Simulated seconds per wall second: 1 (real time) to 20. */
export const MIN_SPEED = 1;
export const MAX_SPEED = 20;
