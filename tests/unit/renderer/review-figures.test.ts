import { describe, expect, it } from 'vitest';
import { offsetTick } from '../../../src/renderer/src/review/chart-axis';
import {
  formatClockDuration,
  formatDuration,
  formatMoney,
  formatOffset,
  formatPercent,
  formatRevenue,
  formatSigned,
} from '../../../src/renderer/src/review/review-format';

describe('the review formatters', () => {
  it('writes a duration as a clock, tenths only under an hour and when asked', () => {
    expect(formatClockDuration(62_300)).toBe('1:02.3');
    expect(formatClockDuration(62_300, false)).toBe('1:02');
    expect(formatClockDuration(3_723_000)).toBe('1:02:03');
    expect(formatClockDuration(3_723_900, true)).toBe('1:02:03');
    expect(formatClockDuration(700)).toBe('0:00.7');
    expect(formatClockDuration(-5_000)).toBe('0:00.0');
  });

  it('writes seconds under a minute in the UI language, a clock above', () => {
    expect(formatDuration(4_250, 'en')).toBe('4.3 sec');
    expect(formatDuration(59_900, 'en')).toBe('59.9 sec');
    expect(formatDuration(185_000, 'en')).toBe('3:05');
    expect(formatDuration(-1, 'en')).toBe('0 sec');
  });

  it('gives moments as the time since the run started', () => {
    expect(formatOffset(1_042_500, 1_000_000)).toBe('+0:42.5');
    const tick = offsetTick(1_000_000, 60_000);
    expect(tick(1_042_500)).toBe('+0:42.5');
    const longTick = offsetTick(1_000_000, 600_000);
    expect(longTick(1_042_500)).toBe('+0:42');
  });

  it('writes money with grouping and two decimals, revenue per currency joined', () => {
    expect(formatMoney(614_200_000, 'CNY', 'en')).toBe('6,142,000.00 CNY');
    expect(formatMoney(5, 'USD', 'en')).toBe('0.05 USD');
    expect(
      formatRevenue(
        [
          { currency: 'CNY', minor: 123_400 },
          { currency: 'USD', minor: 1_000 },
        ],
        'en',
      ),
    ).toBe('1,234.00 CNY + 10.00 USD');
    expect(formatRevenue([], 'en')).toBe('–');
  });

  it('writes shares with at most one decimal', () => {
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0.12345, 'en')).toBe('12.3%');
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
