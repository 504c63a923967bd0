import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LiveProduct } from '../../../src/shared/model/live';
import {
  forecastText,
  pinToSoldOutMs,
  sellThrough,
  soldOutText,
  stockLevel,
} from '../../../src/renderer/src/live-console/card-figures';
import { cueLines } from '../../../src/renderer/src/live-console/cue-text';
import en from '../../../src/renderer/src/i18n/en.json';

let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  t = instance.t;
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

  it('forecasts a sell-out in seconds under 90 s, in minutes above', () => {
    expect(forecastText(t, null)).toBe('not selling');
    expect(forecastText(t, 0)).toBe('Sold out');
    expect(forecastText(t, 0.2)).toBe('sold out in ~1 s');
    expect(forecastText(t, 40.4)).toBe('sold out in ~40 s');
    expect(forecastText(t, 89)).toBe('sold out in ~89 s');
    expect(forecastText(t, 90)).toBe('sold out in ~2 min');
    expect(forecastText(t, 185)).toBe('sold out in ~3 min');
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
