import { describe, expect, it } from 'vitest';
import { CrowdModel } from '../../../src/main/core/rehearsal/crowd-model';
import type { MarketView } from '../../../src/main/core/rehearsal/crowd/market';
import { crowdPreset, type CrowdPreset } from '../../../src/main/core/rehearsal/crowd/presets';
import { audienceShare } from '../../../src/main/core/rehearsal/crowd/viewer-curve';

const TICK = 200;

function market(overrides: Partial<MarketView> = {}, price = 1000, stock = 100_000): MarketView {
  return {
    live: true,
    pinnedSku: null,
    products: [
      { sku: 'A', priceMinor: price, stock },
      { sku: 'B', priceMinor: 1000, stock: 100_000 },
    ],
    ...overrides,
  };
}

/** Units ordered per SKU over show time [from, to), the market given per step. */
function unitsBetween(
  model: CrowdModel,
  from: number,
  to: number,
  view: (now: number) => MarketView,
): Record<string, number> {
  const units: Record<string, number> = {};
  for (let now = from; now < to; now += TICK) {
    for (const order of model.step(now, TICK, view(now)).orders) {
      units[order.sku] = (units[order.sku] ?? 0) + order.qty;
    }
  }
  return units;
}

/** A preset without noise between products, so effects can be compared one at a time. */
const even: CrowdPreset = { ...crowdPreset('618'), appealSpread: 0, viewerNoise: 0 };

describe('CrowdModel', () => {
  it('is deterministic for a seed and the same market views', () => {
    const run = (seed: number) => {
      const model = new CrowdModel(crowdPreset('618'), seed);
      return Array.from({ length: 300 }, (_, i) =>
        model.step(i * TICK, TICK, market({ pinnedSku: i > 100 ? 'A' : null })),
      );
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('bursts when a product is pinned and decays while it stays pinned', () => {
    const model = new CrowdModel(even, 1);
    const view = (now: number) => market({ pinnedSku: now >= 60_000 ? 'A' : null });
    const before = unitsBetween(model, 0, 60_000, view);
    const burst = unitsBetween(model, 60_000, 65_000, view);
    const later = unitsBetween(model, 65_000 + 120_000, 65_000 + 125_000, (now) => view(now));
    expect(burst.A).toBeGreaterThan(50 * (before.A ?? 1));
    expect(burst.A).toBeGreaterThan(5 * later.A);
    expect(burst.B ?? 0).toBeLessThan(burst.A / 100);
  });

  it('fades after an unpin instead of stopping at once', () => {
    const model = new CrowdModel(even, 2);
    const view = (now: number) => market({ pinnedSku: now >= 10_000 && now < 20_000 ? 'A' : null });
    unitsBetween(model, 0, 20_000, view);
    const justAfter = unitsBetween(model, 20_000, 25_000, view).A ?? 0;
    const longAfter = unitsBetween(model, 200_000, 205_000, view).A ?? 0;
    expect(justAfter).toBeGreaterThan(10 * Math.max(1, longAfter));
  });

  it('buys less at a higher price than the one first seen, and more at a lower one', () => {
    const at = (price: number) => {
      const model = new CrowdModel(even, 3);
      model.step(0, TICK, market({}, 1000));
      return unitsBetween(model, TICK, 10_000, () => market({ pinnedSku: 'A' }, price)).A;
    };
    expect(at(2000)).toBeLessThan(at(1000) * 0.5);
    expect(at(500)).toBeGreaterThan(at(1000) * 2);
  });

  it('buys more when few are left', () => {
    const at = (stock: number) => {
      const model = new CrowdModel({ ...even, maxOrdersPerTick: 1_000_000 }, 4);
      model.step(0, TICK, market({}, 1000, 100_000));
      const view = () => market({ pinnedSku: 'A' }, 1000, stock);
      unitsBetween(model, TICK, 60_000, view);
      return unitsBetween(model, 60_000, 180_000, view).A;
    };
    expect(at(150)).toBeGreaterThan(at(50_000) * 1.3);
  });

  it('sends nothing while the show is not live, and nothing for a sold-out product', () => {
    const model = new CrowdModel(even, 5);
    expect(model.step(0, TICK, market({ live: false, pinnedSku: 'A' })).orders).toEqual([]);
    const orders = unitsBetween(model, TICK, 20_000, () => market({ pinnedSku: 'A' }, 1000, 0));
    expect(orders.A).toBeUndefined();
  });

  it('never plans more orders for a product than its stock allows, plus a few', () => {
    const model = new CrowdModel(even, 6);
    const step = model.step(600_000, TICK, market({ pinnedSku: 'A' }, 1000, 10));
    expect(step.orders.filter((order) => order.sku === 'A').length).toBeLessThanOrEqual(30);
  });

  it('draws the audience: ramp, peak, tail, floor', () => {
    const preset = crowdPreset('618');
    expect(audienceShare(preset, 0)).toBeCloseTo(preset.openingShare);
    expect(audienceShare(preset, preset.rampMinutes * 60_000)).toBe(1);
    expect(audienceShare(preset, 60 * 60_000)).toBe(1);
    expect(audienceShare(preset, (preset.showMinutes - 5) * 60_000)).toBeLessThan(1);
    expect(audienceShare(preset, preset.showMinutes * 60_000 * 2)).toBeCloseTo(preset.floorShare);
    const viewers = new CrowdModel(preset, 7).step(60 * 60_000, TICK, market()).viewers;
    expect(viewers).toBeGreaterThan(8_500_000);
    expect(viewers).toBeLessThan(9_500_000);
  });
});
