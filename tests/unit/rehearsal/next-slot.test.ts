import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../../src/shared/model/live';
import { nextSlotSku } from '../../../src/main/core/rehearsal/next-slot';

function state(pinned: string | null, everPinned: string[]): LiveState {
  return {
    displayPin: { sku: pinned, until: null },
    products: ['A', 'B', 'C'].map((sku) => ({
      sku,
      firstPinnedAt: everPinned.includes(sku) ? 1 : null,
    })),
  } as unknown as LiveState;
}

describe('nextSlotSku', () => {
  it('starts with the first product', () => {
    expect(nextSlotSku(state(null, []))).toBe('A');
  });

  it('takes the product after the pinned one', () => {
    expect(nextSlotSku(state('A', ['A']))).toBe('B');
    expect(nextSlotSku(state('B', ['A', 'B']))).toBe('C');
  });

  it('with nothing pinned, goes on after the last product pinned so far', () => {
    expect(nextSlotSku(state(null, ['A', 'B']))).toBe('C');
  });

  it('has nothing after the last slot', () => {
    expect(nextSlotSku(state('C', ['A', 'B', 'C']))).toBeNull();
    expect(nextSlotSku(state(null, ['C']))).toBeNull();
  });
});
