import { describe, expect, it } from 'vitest';
import { coreText, englishText } from '../../../src/shared/api/core-text';
import { formatMajor } from '../../../src/shared/format/money';
import {
  type CellResult,
  parseCount,
  parsePrice,
  joinTalkingPoints,
  splitTalkingPoints,
  unescapeFormula,
} from '../../../src/main/core/lineup/csv-values';

/** A refusal as its English message, as the core sends it. */
function inEnglish<T>(result: CellResult<T>) {
  return result.ok ? result : { ok: false, message: englishText(result.text) };
}

describe('parsePrice', () => {
  it.each([
    ['59.90', 5990],
    ['59.9', 5990],
    ['59', 5900],
    ['0', 0],
    ['0.05', 5],
    [' 239.00 ', 23900],
    ['007.50', 750],
    ['1000000.00', 100_000_000],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parsePrice(text, 'CNY')).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['59.999', '"59.999" has more than 2 decimals for CNY'],
    ['-5', '"-5" is negative; prices start at 0'],
    ['-5.00', '"-5.00" is negative; prices start at 0'],
    ['abc', '"abc" is not a price (use a number like 59.90)'],
    ['12,50', '"12,50" is not a price (use 12.50)'],
    ['¥59', '"¥59" is not a price (use a number like 59.90)'],
    ['5e3', '"5e3" is not a price (use a number like 59.90)'],
    ['', 'price is empty'],
    ['1000000.01', '"1000000.01" is too large (at most 1000000.00)'],
    ['99999999999999999999', '"99999999999999999999" is too large (at most 1000000.00)'],
  ])('rejects %j', (text, message) => {
    expect(inEnglish(parsePrice(text, 'CNY'))).toEqual({ ok: false, message });
  });
});

describe("prices in each currency's minor unit", () => {
  it('reads JPY and VND without decimals', () => {
    expect(parsePrice('1200', 'JPY')).toEqual({ ok: true, value: 1200 });
    expect(parsePrice('25000', 'VND')).toEqual({ ok: true, value: 25000 });
    expect(inEnglish(parsePrice('1200.50', 'JPY'))).toEqual({
      ok: false,
      message: '"1200.50" has more than 0 decimals for JPY',
    });
  });

  it('round-trips with the export format', () => {
    for (const currency of ['CNY', 'JPY'] as const) {
      for (const minor of [0, 1, 99, 100, 5990, 123456, 100_000_000]) {
        expect(parsePrice(formatMajor(minor, currency), currency)).toEqual({
          ok: true,
          value: minor,
        });
      }
    }
  });
});

describe('parseCount', () => {
  it('reads whole numbers', () => {
    expect(parseCount('5000', coreText('what_opening_stock'))).toEqual({ ok: true, value: 5000 });
  });

  it.each([
    ['', 'opening stock is empty'],
    ['-1', '"-1" is negative'],
    ['1.5', '"1.5" is not a whole number'],
    ['5,000', '"5,000" is not a whole number (write 5000 without separators)'],
    ['many', '"many" is not a whole number'],
  ])('rejects %j', (text, message) => {
    expect(inEnglish(parseCount(text, coreText('what_opening_stock')))).toEqual({
      ok: false,
      message,
    });
  });
});

describe('talking point cells', () => {
  it('splits on | and trims each part', () => {
    expect(splitTalkingPoints('a | b|c ')).toEqual(['a', 'b', 'c']);
    expect(splitTalkingPoints('  ')).toEqual([]);
    expect(splitTalkingPoints('| b')).toEqual(['', 'b']);
  });

  it('round-trips talking points with any character, "|" and "\\" included', () => {
    const texts = ['Buy 2 | get 1', 'C:\\path\\', 'a \\| b', '100% 榴莲 | 买二送一', 'plain'];
    const cell = joinTalkingPoints(texts);
    expect(splitTalkingPoints(cell)).toEqual(texts);
    expect(joinTalkingPoints(['a', 'b'])).toBe('a | b');
  });

  it('removes the apostrophe export puts before formula-like cells only', () => {
    expect(unescapeFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unescapeFormula("'-5% today")).toBe('-5% today');
    expect(unescapeFormula("'quoted'")).toBe("'quoted'");
  });
});
