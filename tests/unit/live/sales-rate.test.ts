import { describe, expect, it } from 'vitest';
import { liveProduct } from '../../../src/main/core/live/live-view';
import type { ProjectedProduct } from '../../../src/main/core/live/projection';
import { SalesRate, sellOutForecast } from '../../../src/main/core/live/sales-rate';

/** Records `perSecond` orders of one unit a second, evenly, over server time [from, to). */
function sell(rate: SalesRate, from: number, to: number, perSecond: number): void {
  const step = 1000 / perSecond;
  for (let at = from; at < to; at += step) rate.record(Math.floor(at), 1);
}

describe('SalesRate on server timestamps', () => {
  it('settles on a new demand within a second of server time', () => {
    const rate = new SalesRate();
    sell(rate, 0, 5000, 100);
    expect(rate.sampleAt(5000).perSecond).toBeCloseTo(100, -1);
    sell(rate, 5000, 6000, 1000);
    const settled = rate.sampleAt(6000).perSecond;
    expect(settled).toBeGreaterThan(950);
    expect(settled).toBeLessThan(1050);
  });

  it('drops to 0 a second after orders stop, not decaying for longer', () => {
    const rate = new SalesRate();
    sell(rate, 0, 3000, 1000);
    expect(rate.sampleAt(3000).perSecond).toBeGreaterThan(900);
    expect(rate.sampleAt(4000).perSecond).toBe(0);
  });

  it('counts orders at the server time they happened, whenever they arrive', () => {
    const rate = new SalesRate();
    sell(rate, 0, 1000, 1000);
    expect(rate.sampleAt(60_000).perSecond).toBe(0);
    const late = new SalesRate();
    sell(late, 58_000, 59_000, 500);
    expect(late.sampleAt(59_000).perSecond).toBeCloseTo(500, -1);
  });

  it('is zero before any order', () => {
    expect(new SalesRate().sampleAt(1000)).toEqual({ perSecond: 0, spread: 0 });
  });

  it('says how uncertain it is: more spread on few orders and on a trend', () => {
    const steady = new SalesRate();
    sell(steady, 0, 2000, 1000);
    const few = new SalesRate();
    sell(few, 0, 2000, 4);
    const sample = steady.sampleAt(2000);
    expect(sample.spread / sample.perSecond).toBeLessThan(0.05);
    const thin = few.sampleAt(2000);
    expect(thin.spread / thin.perSecond).toBeGreaterThan(0.3);
    const rising = new SalesRate();
    sell(rising, 1000, 1500, 200);
    sell(rising, 1500, 2000, 1800);
    expect(rising.sampleAt(2000).spread).toBeGreaterThan(300);
  });
});

describe('sellOutForecast', () => {
  it('forecasts with a range only where it means something', () => {
    const rate = { perSecond: 100, spread: 10 };
    expect(sellOutForecast(1000, rate, true)).toEqual({
      seconds: 10,
      lowSeconds: 9.1,
      highSeconds: 11.1,
    });
    expect(sellOutForecast(1000, rate, false)).toBeNull();
    expect(sellOutForecast(1000, { perSecond: 0, spread: 0 }, true)).toBeNull();
    expect(sellOutForecast(1000, { perSecond: 2, spread: 2 }, true)?.highSeconds).toBeNull();
    expect(sellOutForecast(0, rate, false)).toEqual({ seconds: 0, lowSeconds: 0, highSeconds: 0 });
  });
});

describe('a product on air', () => {
  const projected: ProjectedProduct = {
    sku: 'DURIAN',
    position: 0,
    name: 'Durian',
    currency: 'CNY',
    priceMinor: 19_900,
    stock: 4000,
    sold: 1000,
    revenueMinor: 0,
    openingStock: 5000,
    flashSale: null,
    soldOutAt: null,
    firstPinnedAt: null,
  };
  const noOverlay = { products: new Map() };
  const busy = { perSecond: 1000, spread: 30 };

  it('shows 0 per second at once when sold out, whatever the window still holds', () => {
    const soldOut = { ...projected, stock: 0, sold: 5000, soldOutAt: 1 };
    const product = liveProduct(soldOut, { sku: 'DURIAN', until: null }, noOverlay, busy);
    expect(product.unitsPerSecond).toBe(0);
    expect(product.sellOutSeconds).toBe(0);
  });

  it('says unknown while the rate cannot be known (link down or stale)', () => {
    const product = liveProduct(projected, { sku: 'DURIAN', until: null }, noOverlay, null);
    expect(product.unitsPerSecond).toBeNull();
    expect(product.sellOutSeconds).toBeNull();
    expect(product.sellOutRange).toBeNull();
  });

  it('forecasts a pinned product with its range, not an unpinned trickle', () => {
    const pinned = liveProduct(projected, { sku: 'DURIAN', until: null }, noOverlay, busy);
    expect(pinned.sellOutSeconds).toBe(4);
    expect(pinned.sellOutRange).toEqual({ lowSeconds: 3.9, highSeconds: 4.1 });
    const trickle = { perSecond: 2, spread: 1 };
    const unpinned = liveProduct(projected, { sku: null, until: null }, noOverlay, trickle);
    expect(unpinned.unitsPerSecond).toBe(2);
    expect(unpinned.sellOutSeconds).toBeNull();
  });
});
