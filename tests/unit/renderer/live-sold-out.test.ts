import { describe, expect, it } from 'vitest';
import type { OnAirCue, OnAirSlot, OnAirState } from '../../../src/shared/model/onair';
import { liveSoldOut } from '../../../src/renderer/src/host-view/logic/live-sold-out';

/**
 * The host view's SOLD OUT follows the pinned product's live row: it shows in the render of the
 * row's 0 left, with what comes next, before the on-air state says so, and goes on a restock.
 */

function slot(sku: string, soldOut = false): OnAirSlot {
  return {
    productId: sku.charCodeAt(0),
    sku,
    nameHost: `Name ${sku}`,
    nameAudience: `名 ${sku}`,
    plannedSeconds: 30,
    pinnedMs: 0,
    pinnedSince: null,
    soldOut,
    pointsDone: 0,
    pointsTotal: 0,
  };
}

function onAir(slots: OnAirSlot[], cue: OnAirCue | null = null): OnAirState {
  return {
    pinned: {
      productId: 65,
      sku: 'A',
      nameHost: 'Name A',
      nameAudience: '名 A',
      lowStockThreshold: 0,
      pinnedUntil: null,
      flashSale: null,
    },
    soldOut: null,
    cue,
    slots,
  } as unknown as OnAirState;
}

describe('SOLD OUT by the live row', () => {
  it('shows at the row’s 0 left with the next slot not sold out, before the on-air state', () => {
    const state = onAir([slot('A'), slot('B', true), slot('C')]);
    expect(liveSoldOut(state, false)).toBeNull();
    expect(liveSoldOut(state, true)).toEqual({
      sku: 'A',
      nameHost: 'Name A',
      nameAudience: '名 A',
      next: { source: 'slot', nameHost: 'Name C', nameAudience: '名 C' },
    });
  });

  it('names the armed cue first, and nothing when every later slot is sold out', () => {
    const cue = { sku: 'C', nameHost: 'Name C', nameAudience: '名 C' } as OnAirCue;
    expect(liveSoldOut(onAir([slot('A'), slot('B')], cue), true)?.next).toEqual({
      source: 'cue',
      nameHost: 'Name C',
      nameAudience: '名 C',
    });
    expect(liveSoldOut(onAir([slot('A'), slot('B', true)]), true)?.next).toBeNull();
  });

  it('goes at once on a restock, and keeps the on-air state’s without the row', () => {
    const soldOut = { sku: 'A', nameHost: 'Name A', nameAudience: '名 A', next: null };
    const state = { ...onAir([slot('A')]), soldOut };
    expect(liveSoldOut(state, false)).toBeNull();
    expect(liveSoldOut(state, null)).toBe(soldOut);
    expect(liveSoldOut(state, true)).toBe(soldOut);
  });
});
