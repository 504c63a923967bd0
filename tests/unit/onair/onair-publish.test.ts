import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveState, setupOnAir, type OnAirSetup } from './onair-fixture';

let setup: OnAirSetup;
beforeEach(() => {
  vi.useFakeTimers();
  setup = setupOnAir();
});
afterEach(() => {
  setup.engine.close();
  setup.db.close();
  vi.useRealTimers();
});

/** A `live.state` delta as the sync engine sends them during a burst of orders. */
function delta(stock: number): void {
  const state = liveState(setup.run, { pin: 'DUR', products: [{ sku: 'DUR', stock }] });
  setup.live.current = state;
  const { products, ...header } = state;
  setup.events.emit('live.state', { type: 'delta', baseRevision: 0, header, products });
}

describe('onair.state events', () => {
  it('are not sent for a burst’s figures, and follow a delta that changes what is on air', () => {
    setup.push({ pin: 'DUR', products: [{ sku: 'DUR', stock: 100 }] });
    const before = setup.published.length;

    // Stock, sold and rate move with every order: the screens read them from the live row.
    for (let stock = 99; stock >= 1; stock -= 1) {
      delta(stock);
      vi.advanceTimersByTime(17);
    }
    expect(setup.published.length).toBe(before);

    // A sell-out changes what is on air: sent after the delta went out, at most once a frame.
    delta(0);
    expect(setup.published.length).toBe(before);
    vi.advanceTimersByTime(17);
    expect(setup.published.length).toBe(before + 1);
    expect(setup.published.at(-1)?.soldOut?.sku).toBe('DUR');
    delta(0);
    vi.advanceTimersByTime(1000);
    expect(setup.published.length).toBe(before + 1);
  });

  it('are not sent again when nothing on air changed, and say null when the run ends', () => {
    setup.push({ products: [{ sku: 'DUR', stock: 100 }] });
    const count = setup.published.length;
    setup.push({ products: [{ sku: 'DUR', stock: 100 }] });
    expect(setup.published.length).toBe(count);
    setup.live.current = null;
    setup.events.emit('live.state', { type: 'full', state: null });
    expect(setup.published.at(-1)).toBeNull();
    const revisions = setup.published.flatMap((state) => (state ? [state.revision] : []));
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
  });
});
