import { describe, expect, it } from 'vitest';
import type { LiveProduct, PendingCommand } from '../../../src/shared/model/live';
import { pick, type Picked } from '../../../src/renderer/src/api/logic/picked';
import {
  cardLook,
  cardView,
  sameCardView,
} from '../../../src/renderer/src/live-console/logic/card-figures';
import { shallowEqual } from '../../../src/renderer/src/api/logic/picked';
import type { LiveRow } from '../../../src/renderer/src/live-run/logic/live-store';
import { samePending } from '../../../src/renderer/src/live-run/logic/same-pending';

function product(stock: number, extra: Partial<LiveProduct> = {}): LiveProduct {
  return {
    sku: 'DUR',
    name: 'Durian',
    currency: 'CNY',
    priceMinor: 23900,
    stock,
    sold: 1000 - stock,
    revenueMinor: 0,
    flashSale: null,
    pinned: true,
    unitsPerSecond: 12,
    sellOutSeconds: 30,
    sellOutRange: null,
    soldOutAt: null,
    firstPinnedAt: 1_000,
    pendingCommandIds: [],
    display: { stock, priceMinor: 23900, pinned: true, flashSale: null },
    ...extra,
  };
}

function pending(commandId: string, attempts = 1): PendingCommand {
  return { commandId, kind: 'restock', command: null, createdAt: 5, attempts };
}

function row(live: LiveProduct, extra: Partial<LiveRow> = {}): LiveRow {
  return { product: live, pinShown: true, pinPending: false, pending: [], outcome: null, ...extra };
}

describe('picking a part of a store for a component', () => {
  it('keeps the value it picked last while the new one is equal, and picks again on a change', () => {
    const cache: { current: Picked<{ n: number; m: number }, { n: number }> | null } = {
      current: null,
    };
    const select = (state: { n: number; m: number }) => ({ n: state.n });
    const equal = (a: { n: number }, b: { n: number }) => a.n === b.n;
    const first = pick(cache, { n: 1, m: 1 }, select, equal);
    // A new state whose part is the same keeps the object: the component does not render.
    expect(pick(cache, { n: 1, m: 2 }, select, equal)).toBe(first);
    const changed = pick(cache, { n: 2, m: 2 }, select, equal);
    expect(changed).toEqual({ n: 2 });
    expect(changed).not.toBe(first);
  });

  it('picks again for the same state with another selector (a prop changed)', () => {
    const cache: { current: Picked<{ a: string; b: string }, string> | null } = { current: null };
    const state = { a: 'left', b: 'right' };
    expect(pick(cache, state, (s) => s.a, Object.is)).toBe('left');
    expect(pick(cache, state, (s) => s.b, Object.is)).toBe('right');
  });
});

describe("a console card's view besides its live figures", () => {
  it('stays the same when an order changes only the figures drawn on their own', () => {
    const before = cardView(row(product(900)), 100);
    const after = cardView(row(product(880, { unitsPerSecond: 20, sellOutSeconds: 44 })), 100);
    expect(sameCardView(before, after)).toBe(true);
  });

  it('changes with the stock level, the pin shown, the price or a flash sale figure', () => {
    const base = cardView(row(product(900)), 100);
    expect(sameCardView(base, cardView(row(product(100)), 100))).toBe(false);
    expect(sameCardView(base, cardView(row(product(0)), 100))).toBe(false);
    expect(sameCardView(base, cardView(row(product(900), { pinShown: false }), 100))).toBe(false);
    expect(sameCardView(base, cardView(row(product(900, { priceMinor: 100 })), 100))).toBe(false);
    const flash = { priceMinor: 19900, unitCap: 500, sold: 10, endsAt: 90_000 };
    const onFlash = cardView(row(product(900, { flashSale: flash })), 100);
    expect(sameCardView(base, onFlash)).toBe(false);
    // Each delta brings a new flash sale object: equal figures are the same card.
    expect(
      sameCardView(onFlash, cardView(row(product(890, { flashSale: { ...flash } })), 100)),
    ).toBe(true);
    expect(
      sameCardView(
        onFlash,
        cardView(row(product(890, { flashSale: { ...flash, sold: 11 } })), 100),
      ),
    ).toBe(false);
  });

  it('changes with the pending commands and their attempts, not with a new list of the same', () => {
    const one = cardView(row(product(900), { pending: [pending('c1')] }), 100);
    expect(sameCardView(one, cardView(row(product(900), { pending: [pending('c1')] }), 100))).toBe(
      true,
    );
    expect(samePending([pending('c1')], [pending('c1', 2)])).toBe(false);
    expect(samePending([pending('c1')], [pending('c1'), pending('c2')])).toBe(false);
    expect(samePending([], [])).toBe(true);
  });
});

describe('what a console card draws itself (its commands and badges render on their own)', () => {
  it("stays the same with a pin pressed, a pending command or a flash sale's units", () => {
    const base = cardLook(row(product(900)), 100);
    expect(shallowEqual(base, cardLook(row(product(900), { pinShown: false }), 100))).toBe(true);
    expect(shallowEqual(base, cardLook(row(product(900), { pending: [pending('c1')] }), 100))).toBe(
      true,
    );
    const flash = { priceMinor: 19900, unitCap: 500, sold: 10, endsAt: 90_000 };
    const onFlash = cardLook(row(product(900, { flashSale: flash })), 100);
    expect(
      shallowEqual(
        onFlash,
        cardLook(row(product(890, { flashSale: { ...flash, sold: 11 } })), 100),
      ),
    ).toBe(true);
  });

  it('changes with the stock level, the pin confirmed, the price and a flash sale starting', () => {
    const base = cardLook(row(product(900)), 100);
    expect(shallowEqual(base, cardLook(row(product(0)), 100))).toBe(false);
    expect(shallowEqual(base, cardLook(row(product(900, { pinned: false })), 100))).toBe(false);
    expect(shallowEqual(base, cardLook(row(product(900, { priceMinor: 100 })), 100))).toBe(false);
    const flash = { priceMinor: 19900, unitCap: 500, sold: 10, endsAt: 90_000 };
    expect(shallowEqual(base, cardLook(row(product(900, { flashSale: flash })), 100))).toBe(false);
  });
});
