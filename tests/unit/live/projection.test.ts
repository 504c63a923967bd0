import { describe, expect, it } from 'vitest';
import type { ProductState } from '../../../src/shared/protocol';
import { Projection, ProjectionError } from '../../../src/main/core/live/projection';

const product = (sku: string, stock: number): ProductState => ({
  sku,
  name: sku,
  priceMinor: 100,
  currency: 'CNY',
  stock,
  sold: 0,
  flashSale: null,
});

function projection(): Projection {
  return Projection.fromSnapshot(
    {
      serverTime: 1000,
      showId: 's',
      state: 'live',
      seq: 10,
      snapshot: { products: [product('A', 3)], pin: { sku: null, until: null }, viewers: 0 },
    },
    null,
  );
}

describe('Projection', () => {
  it('changes only when a draft is adopted', () => {
    const live = projection();
    const draft = live.draft();
    draft.apply({
      type: 'order',
      seq: 11,
      at: 2000,
      orderId: '1',
      sku: 'A',
      qty: 3,
      priceMinor: 100,
      stock: 0,
      sold: 3,
    });
    expect(live.product('A')?.stock).toBe(3);
    expect(live.head.lastSeq).toBe(10);
    live.adopt(draft);
    expect(live.product('A')).toMatchObject({
      stock: 0,
      sold: 3,
      revenueMinor: 300,
      soldOutAt: 2000,
    });
    expect(live.head.lastSeq).toBe(11);
  });

  it('follows pins, flash sales, new products and restocks', () => {
    const live = projection();
    const draft = live.draft();
    draft.apply({ type: 'pin', seq: 11, at: 1500, sku: 'A', until: null });
    draft.apply({
      type: 'flashSale',
      seq: 12,
      at: 1600,
      sku: 'A',
      priceMinor: 50,
      unitCap: 2,
      endsAt: 9000,
    });
    draft.apply({
      type: 'order',
      seq: 13,
      at: 1700,
      orderId: '1',
      sku: 'A',
      qty: 1,
      priceMinor: 50,
      stock: 2,
      sold: 1,
    });
    draft.apply({ type: 'product', seq: 14, at: 1800, product: product('B', 7) });
    draft.apply({ type: 'stock', seq: 15, at: 1900, sku: 'A', stock: 12, sold: 1 });
    live.adopt(draft);
    expect(live.head.pin).toEqual({ sku: 'A', until: null });
    expect(live.product('A')).toMatchObject({
      firstPinnedAt: 1500,
      flashSale: { priceMinor: 50, sold: 1 },
      revenueMinor: 50,
      stock: 12,
    });
    expect(live.list().map((p) => [p.sku, p.position, p.openingStock])).toEqual([
      ['A', 0, 3],
      ['B', 1, 7],
    ]);
  });

  it('refuses an event for an unknown SKU without changing the draft', () => {
    const live = projection();
    const draft = live.draft();
    expect(() =>
      draft.apply({ type: 'price', seq: 11, at: 1, sku: 'GHOST', priceMinor: 1 }),
    ).toThrow(ProjectionError);
    expect(draft.head.lastSeq).toBe(10);
    expect(draft.touched.size).toBe(0);
  });
});
