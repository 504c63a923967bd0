import { describe, expect, it } from 'vitest';
import { offsetTick } from '../../../src/renderer/src/review/logic/chart-axis';
import { formatOffset, formatSigned } from '../../../src/renderer/src/review/logic/review-format';

describe('the review formatters', () => {
  it('gives moments as the time since the run started', () => {
    expect(formatOffset(1_042_500, 1_000_000)).toBe('+0:42.5');
    const tick = offsetTick(1_000_000, 60_000);
    expect(tick(1_042_500)).toBe('+0:42.5');
    const longTick = offsetTick(1_000_000, 600_000);
    expect(longTick(1_042_500)).toBe('+0:42');
  });

  it('signs a difference, and calls one too small to show zero', () => {
    const whole = (magnitude: number) => String(Math.round(magnitude));
    expect(formatSigned(12, whole)).toBe('+12');
    expect(formatSigned(-3, whole)).toBe('−3');
    expect(formatSigned(0, whole)).toBe('0');
    expect(formatSigned(0.2, whole)).toBe('0');
    expect(formatSigned(-0.2, whole)).toBe('0');
  });
});
