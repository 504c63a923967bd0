import { describe, expect, it } from 'vitest';
import { fillParts, joinParts } from '../../../src/shared/onair/fill-text';
import { UNKNOWN_VALUE, formatForecast, liveValues } from '../../../src/shared/onair/live-values';

const durian = {
  currency: 'CNY' as const,
  priceMinor: 23900,
  stock: 12345,
  sold: 1500,
  unitsPerSecond: 12.46,
  sellOutSeconds: 40.2,
};

describe('live values', () => {
  it('writes counts with thousands separators and the forecast in words, per language', () => {
    expect(liveValues(durian, 'en')).toEqual({
      price: '¥239',
      left: '12,345',
      sold: '1,500',
      rate: '12.5',
      forecast: 'about 40 seconds',
    });
    expect(liveValues(durian, 'zh-CN')).toMatchObject({ left: '12,345', forecast: '约 40 秒' });
    expect(formatForecast(0, 'en')).toBe('sold out');
    expect(formatForecast(0, 'zh-CN')).toBe('已售罄');
    expect(formatForecast(600, 'en')).toBe('about 10 minutes');
    expect(formatForecast(null, 'en')).toBe(UNKNOWN_VALUE);
  });

  it('shows the unknown mark, never a number, when there is no product to read', () => {
    expect(Object.values(liveValues(null, 'en'))).toEqual(Array(5).fill(UNKNOWN_VALUE));
  });
});

describe('filling a talking point', () => {
  it('splits the text into parts as written and live values', () => {
    const parts = fillParts('Only {left} left at {price}!', liveValues(durian, 'en'));
    expect(parts).toEqual([
      { text: 'Only ', value: null },
      { text: '12,345', value: 'left' },
      { text: ' left at ', value: null },
      { text: '¥239', value: 'price' },
      { text: '!', value: null },
    ]);
    expect(joinParts(parts)).toBe('Only 12,345 left at ¥239!');
  });

  it('shows a dash for a name in braces that is no live value, and fills a value named twice twice', () => {
    const values = liveValues(durian, 'en');
    expect(joinParts(fillParts('{left}/{left} {stock} {}', values))).toBe('12,345/12,345 — {}');
    expect(fillParts('', values)).toEqual([]);
  });
});
