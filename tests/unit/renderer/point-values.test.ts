import { afterEach, describe, expect, it } from 'vitest';
import { LiveStore } from '../../../src/renderer/src/live-run/logic/live-store';
import type { OnAirPoint } from '../../../src/shared/model/onair';
import { fillPoint } from '../../../src/shared/onair/fill-point';
import { liveState, pointIds, setupOnAir, type OnAirSetup } from '../onair/onair-fixture';

const setups: OnAirSetup[] = [];
afterEach(() => {
  for (const made of setups.splice(0)) {
    made.engine.close();
    made.db.close();
  }
});

const LANGUAGES = { host: 'en', audience: 'zh-CN' } as const;

/** A point as the live console and the host view show it: filled from the store's live row. */
function shown(point: OnAirPoint | null | undefined, store: LiveStore) {
  if (!point) throw new Error('no point');
  const product = point.valuesSku === null ? undefined : store.getRow(point.valuesSku)?.product;
  return fillPoint(point, product, LANGUAGES);
}

describe('a talking point on screen beside its product card', () => {
  it('carries the live row’s figures, not those of the older on-air state', () => {
    const setup = setupOnAir();
    setups.push(setup);
    const ids = pointIds(setup.show);
    // The on-air state was built while 49,778 were left…
    setup.push({ pin: 'DUR', products: [{ sku: 'DUR', stock: 49_778, sold: 222 }] });
    const onAir = setup.engine.goto(ids.durian1);
    // …and the live state the card reads is a frame newer.
    const store = new LiveStore();
    store.applyFull(
      liveState(setup.run, { pin: 'DUR', products: [{ sku: 'DUR', stock: 49_736, sold: 264 }] }),
    );
    const card = store.getRow('DUR')?.product;

    const current = shown(onAir.current, store);
    expect(current.textHost).toBe('Only 49,736 left at ¥239');
    expect(current.textAudience).toBe('只剩 49,736 个，¥239');
    expect(current.partsHost.find((part) => part.value === 'left')?.text).toBe('49,736');
    expect(card?.stock).toBe(49_736);
    expect(shown(onAir.next, store).textHost).toBe('Sold 264 so far');
    // A show point speaks of the pinned product, from the same row.
    const welcome = onAir.queue.find((point) => point.id === ids.welcome);
    expect(welcome?.valuesSku).toBe('DUR');
    store.dispose();
  });

  it('is marked sold out as soon as the live row is, before the on-air state says so', () => {
    const setup = setupOnAir();
    setups.push(setup);
    const ids = pointIds(setup.show);
    setup.push({ pin: 'DUR', products: [{ sku: 'DUR', stock: 3, sold: 97 }] });
    const onAir = setup.engine.goto(ids.durian1);
    expect(onAir.soldOut).toBeNull();
    const store = new LiveStore();
    store.applyFull(
      liveState(setup.run, { pin: 'DUR', products: [{ sku: 'DUR', stock: 0, sold: 100 }] }),
    );
    const current = shown(onAir.current, store);
    expect(current.soldOut).toBe(true);
    expect(current.textHost).toBe('Only 0 left at ¥239');
    expect(shown(onAir.current, new LiveStore()).soldOut).toBe(false);
    store.dispose();
  });
});
