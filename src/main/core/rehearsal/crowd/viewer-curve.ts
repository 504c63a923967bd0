import type { CrowdPreset } from './presets';

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

/**
 * The audience over the show as a share of the peak: it ramps up from the opening share, holds
 * at the peak, falls to the floor over the tail, and stays there after the show's length.
 */
export function audienceShare(preset: CrowdPreset, simulatedMs: number): number {
  const minutes = simulatedMs / 60_000;
  const tailStart = Math.max(preset.rampMinutes, preset.showMinutes - preset.tailMinutes);
  if (minutes < preset.rampMinutes) {
    return (
      preset.openingShare + (1 - preset.openingShare) * smoothstep(minutes / preset.rampMinutes)
    );
  }
  if (minutes < tailStart) return 1;
  const tail = Math.max(1e-9, preset.showMinutes - tailStart);
  return 1 - (1 - preset.floorShare) * smoothstep((minutes - tailStart) / tail);
}

/** The curve's viewer count at a moment, before noise. */
export function viewersOnCurve(preset: CrowdPreset, simulatedMs: number): number {
  return preset.peakViewers * audienceShare(preset, simulatedMs);
}
