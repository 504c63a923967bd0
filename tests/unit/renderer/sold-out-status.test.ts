import { describe, expect, it } from 'vitest';
import { soldOutStatus } from '../../../src/renderer/src/review/logic/sold-out-status';

describe('soldOutStatus', () => {
  it('says restocked, not sold out, for a product that sold out and has stock again', () => {
    expect(soldOutStatus({ soldOutAt: 5_000, finalStock: 917 })).toBe('restocked');
    expect(soldOutStatus({ soldOutAt: 5_000, finalStock: 0 })).toBe('soldOut');
    expect(soldOutStatus({ soldOutAt: null, finalStock: 12 })).toBe('inStock');
  });
});
