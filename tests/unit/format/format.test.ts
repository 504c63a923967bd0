import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENT, toMajor, toMinor } from '../../../src/shared/format/currency';
import {
  formatClock,
  formatMinuteClock,
  formatClockTenths,
  formatCountdown,
  formatDuration,
  formatDurationCell,
  formatSeconds,
} from '../../../src/shared/format/durations';
import {
  formatAmount,
  formatMajor,
  formatMoney,
  formatMoneyList,
  formatSpokenPrice,
} from '../../../src/shared/format/money';
import {
  formatCount,
  formatDecimal,
  formatPercent,
  formatSpeed,
  formatUnitRate,
} from '../../../src/shared/format/numbers';
import { formatLocalStamp, utcOffset } from '../../../src/shared/format/times';
import { Currency } from '../../../src/shared/model/lineup';

describe('currency minor units', () => {
  it('follows ISO 4217: no decimals for JPY and VND, two for the others', () => {
    expect(CURRENCY_EXPONENT.JPY).toBe(0);
    expect(CURRENCY_EXPONENT.VND).toBe(0);
    for (const currency of Currency.options.filter((code) => code !== 'JPY' && code !== 'VND')) {
      expect(CURRENCY_EXPONENT[currency]).toBe(2);
    }
  });

  it('agrees with Intl on every currency the lineup accepts', () => {
    for (const currency of Currency.options) {
      if (currency === 'IDR') continue; // Intl rounds rupiah to whole units for display only
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
      expect(CURRENCY_EXPONENT[currency], currency).toBe(digits);
    }
  });

  it('converts between major and minor units', () => {
    expect(toMinor(239, 'CNY')).toBe(23900);
    expect(toMinor(59.9, 'CNY')).toBe(5990);
    expect(toMinor(1200, 'JPY')).toBe(1200);
    expect(toMinor(25000, 'VND')).toBe(25000);
    expect(toMajor(5990, 'USD')).toBe(59.9);
    expect(toMajor(1200, 'JPY')).toBe(1200);
  });
});

describe('money', () => {
  it('writes plain major units with the currency decimals', () => {
    expect(formatMajor(23900, 'CNY')).toBe('239.00');
    expect(formatMajor(5, 'USD')).toBe('0.05');
    expect(formatMajor(1200, 'JPY')).toBe('1200');
  });

  it('groups amounts per language and keeps the code on the same line', () => {
    expect(formatAmount(614_200_000, 'CNY', 'en')).toBe('6,142,000.00');
    expect(formatMoney(614_200_000, 'CNY', 'en')).toBe('6,142,000.00\u00a0CNY');
    expect(formatMoney(120_000, 'JPY', 'zh-CN')).toBe('120,000\u00a0JPY');
    expect(formatMoney(25_000, 'VND', 'en')).toBe('25,000\u00a0VND');
    expect(
      formatMoneyList(
        [
          { currency: 'CNY', minor: 123_400 },
          { currency: 'USD', minor: 1_000 },
        ],
        'en',
      ),
    ).toBe('1,234.00\u00a0CNY + 10.00\u00a0USD');
    expect(formatMoneyList([], 'en')).toBe('–');
  });

  it('writes prices as a host reads them out', () => {
    expect(formatSpokenPrice(23900, 'CNY', 'en')).toBe('¥239');
    expect(formatSpokenPrice(5990, 'CNY', 'zh-CN')).toBe('¥59.90');
    expect(formatSpokenPrice(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatSpokenPrice(1200, 'JPY', 'en')).toBe('¥1,200');
  });
});

describe('numbers', () => {
  it('groups counts and keeps one decimal at most for rates and shares', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatDecimal(12.54, 'en')).toBe('12.5');
    expect(formatUnitRate(99.94, 'en')).toBe('99.9');
    expect(formatUnitRate(1405.4, 'en')).toBe('1,405');
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(1, 'zh-CN')).toBe('100%');
    expect(formatSpeed(9.6, 'en')).toBe('9.6×');
  });

  it('writes a share as "0%" only for none and "100%" only for all (3 of 20,000 read "0%")', () => {
    for (const language of ['en', 'zh-CN']) {
      expect(formatPercent(0, language)).toBe('0%');
      expect(formatPercent(3 / 20_000, language)).toBe('<0.1%');
      expect(formatPercent(0.0005, language)).toBe('0.1%');
      expect(formatPercent(0.138, language)).toBe('13.8%');
      expect(formatPercent(0.9994, language)).toBe('99.9%');
      expect(formatPercent(19_997 / 20_000, language)).toBe('>99.9%');
      expect(formatPercent(1, language)).toBe('100%');
    }
  });
});

describe('durations', () => {
  it('writes one duration format per language', () => {
    expect(formatDuration(0, 'en')).toBe('0.0 s');
    expect(formatDuration(1_640, 'en')).toBe('1.6 s');
    expect(formatDuration(42_500, 'en')).toBe('42 s');
    expect(formatDuration(42_500, 'zh-CN')).toBe('42 秒');
    expect(formatDuration(1_640, 'zh-CN')).toBe('1.6 秒');
    expect(formatDuration(90_000, 'en')).toBe('1:30');
    expect(formatDuration(292_000, 'zh-CN')).toBe('4:52');
    expect(formatDuration(-1, 'en')).toBe('0.0 s');
  });

  it('writes clocks', () => {
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(3_733_000)).toBe('1:02:13');
    expect(formatSeconds(75)).toBe('1:15');
    expect(formatClockTenths(62_300)).toBe('1:02.3');
    expect(formatClockTenths(3_723_900)).toBe('1:02:03');
    expect(formatClockTenths(-5_000)).toBe('0:00.0');
    expect(formatCountdown(10_000, 9_001)).toBe('0:01');
    expect(formatCountdown(10_000, 11_000)).toBe('0:00');
  });

  it('writes a slot time in minutes however long, no wider than its column ("1:02:03 / 1:15" ran out)', () => {
    expect(formatMinuteClock(754_000)).toBe('12:34');
    expect(formatMinuteClock(3_723_900)).toBe('62:03');
    expect(formatMinuteClock(3_600_000)).toBe('60:00');
    expect(formatMinuteClock(-1)).toBe('0:00');
    // Under 1,000 minutes (16 h on air) no slot time is longer than "999:59 / 60:00", the longest
    // the card's slot time column holds (console.module.css).
    expect(formatMinuteClock(59_999_000)).toBe('999:59');
  });

  it('writes a column of durations as clocks alike, a time under a second as "< 0:01"', () => {
    // The review's pinned time read "0.0 秒" beside "2:38".
    expect(formatDurationCell(158_000)).toBe('2:38');
    expect(formatDurationCell(4_200)).toBe('0:04');
    expect(formatDurationCell(3_733_000)).toBe('1:02:13');
    expect(formatDurationCell(60)).toBe('< 0:01');
    expect(formatDurationCell(0)).toBe('< 0:01');
  });
});

describe('times', () => {
  it('writes local time with its offset from UTC', () => {
    const at = Date.UTC(2024, 5, 18, 12, 0, 5, 400);
    const stamp = formatLocalStamp(at, true);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:05\.4 [+-]\d{2}:\d{2}$/);
    expect(stamp.endsWith(utcOffset(at))).toBe(true);
    const offsetMinutes = -new Date(at).getTimezoneOffset();
    const local = new Date(at + offsetMinutes * 60_000).toISOString();
    expect(stamp.slice(0, 19)).toBe(`${local.slice(0, 10)} ${local.slice(11, 19)}`);
  });
});
