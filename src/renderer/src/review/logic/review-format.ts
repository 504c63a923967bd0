import { formatClockTenths } from '../../../../shared/format/durations';

/** Moments in a run shown as the time since the run's start: "+0:42.5". */
export function formatOffset(at: number, start: number): string {
  return `+${formatClockTenths(at - start)}`;
}

/** A signed difference: "+12", "−3", "0" (also for a difference too small to show). */
export function formatSigned(value: number, format: (magnitude: number) => string): string {
  const zero = format(0);
  const magnitude = format(Math.abs(value));
  if (value === 0 || magnitude === zero) return zero;
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
