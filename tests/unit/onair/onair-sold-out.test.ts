import { afterEach, describe, expect, it } from 'vitest';
import { pointIds, setupOnAir, type OnAirSetup } from './onair-fixture';

let setup: OnAirSetup | null = null;
afterEach(() => {
  setup?.engine.close();
  setup?.db.close();
  setup = null;
});

function open(): OnAirSetup {
  setup = setupOnAir();
  return setup;
}

describe('a pinned product that sells out on air', () => {
  it('turns the host view to SOLD OUT with the next slot; its points name the product', () => {
    const { engine, push, show } = open();
    const ids = pointIds(show);
    push({
      pin: 'DUR',
      products: [
        { sku: 'DUR', stock: 3 },
        { sku: 'COC', stock: 200 },
      ],
    });
    engine.setAutoArm(false);
    expect(engine.goto(ids.durian1).current).toMatchObject({ valuesSku: 'DUR' });
    expect(engine.state()?.soldOut).toBeNull();

    push({
      pin: 'DUR',
      products: [
        { sku: 'DUR', stock: 0 },
        { sku: 'COC', stock: 200 },
      ],
    });
    const state = engine.state();
    expect(state?.soldOut).toEqual({
      sku: 'DUR',
      nameHost: 'Durian',
      nameAudience: '榴莲',
      next: { source: 'slot', nameHost: 'Coconut', nameAudience: '椰子' },
    });
    expect(state?.current).toMatchObject({ id: ids.durian1, valuesSku: 'DUR' });
    expect(state?.next).toMatchObject({ id: ids.durian2, valuesSku: 'DUR' });
  });

  it('names the armed cue as what comes next, and nothing when every product is gone', () => {
    const { engine, push, show } = open();
    const [, coconut] = show.products;
    push({
      pin: 'DUR',
      products: [
        { sku: 'DUR', stock: 0 },
        { sku: 'COC', stock: 5 },
      ],
    });
    engine.armCue({ productId: coconut.id });
    expect(engine.state()?.soldOut?.next).toEqual({
      source: 'cue',
      nameHost: 'Coconut',
      nameAudience: '椰子',
    });
    engine.clearCue();
    push({
      pin: 'DUR',
      products: [
        { sku: 'DUR', stock: 0 },
        { sku: 'COC', stock: 0 },
      ],
    });
    expect(engine.state()?.soldOut?.next).toBeNull();
  });
});
