import { describe, expect, it } from 'vitest';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();

describe('the console at a moment, rebuilt from the run log', () => {
  const log = sampleRun();
  const stateAt = (offset: number) => makeReview(log.db).review.stateAt(log.run.id, T0 + offset);
  const stock = (offset: number) =>
    stateAt(offset).products.map((product) => [product.sku, product.stock, product.sold]);

  it('has nothing before the lineup and the lineup after it', () => {
    expect(stateAt(50)).toMatchObject({
      products: [],
      showState: 'planned',
      link: { state: 'connected' },
      talkingPoint: null,
    });
    expect(stock(300)).toEqual([
      ['A', 10, 0],
      ['B', 5, 0],
    ]);
  });

  it('shows the pin, the talking point, prices and revenue while A sells', () => {
    const state = stateAt(1_650);
    expect(state).toMatchObject({
      showState: 'live',
      pin: { sku: 'A', until: null },
      talkingPoint: { id: 7, text: 'Golden pillow durian' },
      link: { state: 'connected' },
    });
    expect(state.products[0]).toMatchObject({
      sku: 'A',
      stock: 6,
      sold: 4,
      pinned: true,
      revenueMinor: 2_000,
      priceMinor: 500,
    });
  });

  it('is exact to the millisecond inside a second of orders', () => {
    expect(stock(2_099)[0]).toEqual(['A', 6, 4]);
    expect(stock(2_100)[0]).toEqual(['A', 0, 10]);
    expect(stateAt(2_100).products[0].revenueMinor).toBe(4_400);
  });

  it('follows a restock, an unpin, a price change and a link drop', () => {
    expect(stateAt(3_100)).toMatchObject({ pin: { sku: null } });
    expect(stock(3_100)[0]).toEqual(['A', 4, 10]);
    expect(stock(3_300)[0]).toEqual(['A', 3, 11]);
    expect(stateAt(3_600).products[1]).toMatchObject({ sku: 'B', priceMinor: 900, stock: 4 });
    expect(stateAt(4_100).link).toEqual({
      state: 'reconnecting',
      reason: 'transport close; retrying in 100 ms',
    });
    expect(stateAt(9_500)).toMatchObject({ showState: 'ended', link: { state: 'connected' } });
  });

  it('answers the same from checkpoints as from the start, for a run of many entries', () => {
    const long = sampleRun();
    for (let i = 0; i < 1_600; i++) long.price('B', 900 + i, T0 + 10_000 + i * 100);
    const review = makeReview(long.db).review;
    const at = T0 + 10_000 + 1_234 * 100 + 50;
    expect(review.stateAt(long.run.id, at).products[1].priceMinor).toBe(900 + 1_234);
    expect(review.stateAt(long.run.id, T0 + 3_600).products[1].priceMinor).toBe(900);
  });
});
