import { describe, expect, it } from 'vitest';
import { SalesRate, sellOutSeconds } from '../../../src/main/core/live/sales-rate';

describe('SalesRate', () => {
  it('settles on the steady rate and decays once orders stop', () => {
    const rate = new SalesRate(3000);
    for (let t = 0; t <= 30_000; t += 10) rate.record(t, 1);
    expect(rate.valueAt(30_000)).toBeGreaterThan(99);
    expect(rate.valueAt(30_000)).toBeLessThan(101);
    expect(rate.valueAt(33_000)).toBeCloseTo(rate.valueAt(30_000) / Math.E, 5);
    expect(rate.valueAt(120_000)).toBeLessThan(0.01);
  });

  it('counts replayed orders at the time they happened', () => {
    const rate = new SalesRate(3000);
    for (let t = 0; t < 1000; t += 1) rate.record(t, 1);
    expect(rate.valueAt(60_000)).toBeLessThan(0.001);
  });

  it('is zero before any order', () => {
    expect(new SalesRate().valueAt(1000)).toBe(0);
  });
});

describe('sellOutSeconds', () => {
  it('forecasts the time to zero at the current rate', () => {
    expect(sellOutSeconds(1000, 100)).toBe(10);
    expect(sellOutSeconds(0, 100)).toBe(0);
    expect(sellOutSeconds(1000, 0)).toBeNull();
    expect(sellOutSeconds(1000, 0.001)).toBeNull();
  });
});
