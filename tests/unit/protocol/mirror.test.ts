import { describe, expect, it } from 'vitest';
import { MirrorError, ShowMirror, type ServerEvent } from '../../../src/shared/protocol';

const start = {
  state: 'planned' as const,
  seq: 2,
  snapshot: {
    products: [
      {
        sku: 'A',
        name: 'Apple',
        priceMinor: 100,
        currency: 'CNY' as const,
        stock: 10,
        sold: 0,
        flashSale: null,
      },
    ],
    pin: { sku: null, until: null },
    viewers: 0,
  },
};

describe('show mirror', () => {
  it('follows every event type into the same state the server reports', () => {
    const mirror = new ShowMirror(start);
    const events: ServerEvent[] = [
      { type: 'showState', seq: 3, at: 1, state: 'live' },
      {
        type: 'product',
        seq: 4,
        at: 1,
        product: { ...start.snapshot.products[0], sku: 'B', name: 'Banana' },
      },
      { type: 'pin', seq: 5, at: 1, sku: 'A', until: 9000 },
      { type: 'flashSale', seq: 6, at: 1, sku: 'A', priceMinor: 50, unitCap: 4, endsAt: 9000 },
      {
        type: 'order',
        seq: 7,
        at: 2,
        orderId: '1',
        sku: 'A',
        qty: 3,
        priceMinor: 50,
        stock: 7,
        sold: 3,
      },
      { type: 'price', seq: 8, at: 3, sku: 'A', priceMinor: 120 },
      { type: 'stock', seq: 9, at: 3, sku: 'B', stock: 25, sold: 0 },
      { type: 'viewers', seq: 10, at: 3, count: 9_000_000 },
    ];
    events.forEach((event) => mirror.apply(event));

    expect(mirror.state).toBe('live');
    expect(mirror.seq).toBe(10);
    expect(mirror.toSnapshot()).toEqual({
      products: [
        {
          sku: 'A',
          name: 'Apple',
          priceMinor: 120,
          currency: 'CNY',
          stock: 7,
          sold: 3,
          flashSale: { priceMinor: 50, unitCap: 4, sold: 3, endsAt: 9000 },
        },
        {
          sku: 'B',
          name: 'Banana',
          priceMinor: 100,
          currency: 'CNY',
          stock: 25,
          sold: 0,
          flashSale: null,
        },
      ],
      pin: { sku: 'A', until: 9000 },
      viewers: 9_000_000,
    });
    mirror.apply({ type: 'flashSaleEnded', seq: 11, at: 4, sku: 'A', sold: 3, reason: 'time' });
    expect(mirror.product('A')?.flashSale).toBeNull();
  });

  it('refuses an event out of order or for an unknown SKU, without changing state', () => {
    const mirror = new ShowMirror(start);
    expect(() => mirror.apply({ type: 'viewers', seq: 4, at: 1, count: 3 })).toThrow(MirrorError);
    expect(() => mirror.apply({ type: 'price', seq: 3, at: 1, sku: 'Z', priceMinor: 1 })).toThrow(
      MirrorError,
    );
    expect(mirror.seq).toBe(2);
    expect(mirror.toSnapshot()).toEqual(start.snapshot);
  });
});
