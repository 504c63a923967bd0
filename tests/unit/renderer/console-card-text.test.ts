import type { TFunction } from 'i18next';
import { translators } from './translators';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LiveProduct } from '../../../src/shared/model/live';
import { forecastText } from '../../../src/renderer/src/live-run/logic/forecast-text';
import {
  pinToSoldOutMs,
  sellThrough,
  soldOutText,
  stockLevel,
} from '../../../src/renderer/src/live-console/logic/card-figures';
import { cueLines } from '../../../src/renderer/src/live-console/logic/cue-text';

let t: TFunction;

beforeAll(async () => {
  t = (await translators()).en;
});

function product(times: { firstPinnedAt: number | null; soldOutAt: number | null }): LiveProduct {
  return {
    sku: 'DUR',
    name: 'Durian',
    currency: 'CNY',
    priceMinor: 23900,
    stock: 0,
    sold: 40,
    revenueMinor: 956000,
    flashSale: null,
    pinned: false,
    unitsPerSecond: 0,
    sellOutSeconds: 0,
    sellOutRange: null,
    pendingCommandIds: [],
    display: { stock: 0, priceMinor: 23900, pinned: false, flashSale: null },
    ...times,
  };
}

describe('the console card figures', () => {
  it('grades stock: sold out at zero, low at or under the alert, else in stock', () => {
    expect(stockLevel(0, 10)).toBe('soldOut');
    expect(stockLevel(10, 10)).toBe('low');
    expect(stockLevel(1, 10)).toBe('low');
    expect(stockLevel(11, 10)).toBe('inStock');
    expect(stockLevel(0, 0)).toBe('soldOut');
  });

  it('takes sell-through as sold over all units, 0 when there were none', () => {
    expect(sellThrough(30, 10)).toBe(0.25);
    expect(sellThrough(0, 40)).toBe(1);
    expect(sellThrough(0, 0)).toBe(0);
  });

  it('times a sell-out from the first pin only when the pin came first', () => {
    expect(pinToSoldOutMs(product({ firstPinnedAt: 1_000, soldOutAt: 43_000 }))).toBe(42_000);
    expect(pinToSoldOutMs(product({ firstPinnedAt: null, soldOutAt: 43_000 }))).toBeNull();
    expect(pinToSoldOutMs(product({ firstPinnedAt: 1_000, soldOutAt: null }))).toBeNull();
    expect(pinToSoldOutMs(product({ firstPinnedAt: 50_000, soldOutAt: 43_000 }))).toBeNull();
  });

  it('forecasts a sell-out with its range, in seconds under a minute, as a clock above', () => {
    const at = (
      sellOutSeconds: number | null,
      sellOutRange: { lowSeconds: number; highSeconds: number | null } | null = null,
      unitsPerSecond: number | null = 10,
    ) =>
      forecastText(
        t,
        { unitsPerSecond, sellOutSeconds, sellOutRange },
        'console.card.forecast',
        'en',
      );
    expect(at(0, null, 0)).toBe('Sold out');
    expect(at(0.2, { lowSeconds: 0.1, highSeconds: 0.3 })).toBe('sold out in ~0.2 s (0.1 s–0.3 s)');
    expect(at(40.4, { lowSeconds: 36, highSeconds: 45 })).toBe('sold out in ~40 s (36 s–45 s)');
    expect(at(90, { lowSeconds: 80, highSeconds: 100 })).toBe('sold out in ~1:30 (1:20–1:40)');
    expect(at(185, { lowSeconds: 120, highSeconds: null })).toBe(
      'sold out in ~3:05 (2:00 or more)',
    );
  });

  it('says less of a forecast far out: over an hour, or a range too wide to tell the host', async () => {
    const zh = (await translators())['zh-CN'];
    const at = (
      say: TFunction,
      language: string,
      sellOutSeconds: number,
      lowSeconds: number,
      highSeconds: number | null,
    ) =>
      forecastText(
        say,
        { unitsPerSecond: 1, sellOutSeconds, sellOutRange: { lowSeconds, highSeconds } },
        'console.card.forecast',
        language,
      );
    expect(at(t, 'en', 3723, 3723, 37291)).toBe('sold out in over 1 h');
    expect(at(zh, 'zh-CN', 3723, 3723, 37291)).toBe('超过 1 小时后售罄');
    expect(at(t, 'en', 1900, 825, 109291)).toBe('sold out in ~31:40 (13:45 or more)');
    expect(at(zh, 'zh-CN', 1900, 825, 109291)).toBe('约 31:40后售罄（13:45 以上）');
    expect(at(t, 'en', 4000, 2400, 3599)).toBe('sold out in ~1:06:40 (40:00–59:59)');
    expect(at(t, 'en', 100, 50, 151)).toBe('sold out in ~1:40 (50 s or more)');
    expect(at(t, 'en', 100, 50, 150)).toBe('sold out in ~1:40 (50 s–2:30)');
    // No range shows an hour's clock: none is wider than "(59:59 or more)" in its column.
    for (let low = 1; low < 40_000; low = Math.ceil(low * 1.3)) {
      for (const high of [low, low * 2, low * 3, low * 3.5, low * 30, null]) {
        for (const [say, language] of [
          [t, 'en'],
          [zh, 'zh-CN'],
        ] as const) {
          const range = /[(（].*[)）]/u.exec(at(say, language, low, low, high))?.[0] ?? '';
          expect(range).not.toMatch(/\d:\d\d:\d\d/);
        }
      }
    }
  });

  it('says why there is no forecast: unknown rate, nothing selling, no pin', () => {
    const at = (unitsPerSecond: number | null) =>
      forecastText(
        t,
        { unitsPerSecond, sellOutSeconds: null, sellOutRange: null },
        'console.card.forecast',
        'en',
      );
    expect(at(null)).toBe('forecast unknown');
    expect(at(0)).toBe('not selling');
    expect(at(2.5)).toBe('no forecast until pinned');
  });

  it('says how long after the first pin a product sold out', () => {
    expect(soldOutText(t, product({ firstPinnedAt: 1_000, soldOutAt: 43_400 }))).toBe(
      'Sold out 0:42 after first pin',
    );
    expect(soldOutText(t, product({ firstPinnedAt: null, soldOutAt: 43_400 }))).toBe('Sold out');
  });
});

describe('the cue summary', () => {
  it('lists the pin, the flash sale and the talking points, each when the cue has it', () => {
    const cue = {
      name: 'Durian',
      pinSeconds: 90,
      flashSale: { priceMinor: 19900, unitCap: 1500, seconds: 600 },
      loadTalkingPoints: true,
    };
    expect(cueLines(t, cue, 'CNY', 'en')).toEqual([
      'Pin Durian for 1:30',
      'Flash sale at 199.00\u00a0CNY, at most 1,500 units, for 10:00',
      'Load its talking points',
    ]);
    expect(
      cueLines(
        t,
        { ...cue, pinSeconds: null, flashSale: null, loadTalkingPoints: false },
        'CNY',
        'en',
      ),
    ).toEqual(['Pin Durian']);
  });
});
