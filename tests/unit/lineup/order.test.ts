import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors';
import { checkReorder } from '../../../src/main/core/lineup/order';

function reorderError(current: number[], requested: number[]): ApiError {
  try {
    checkReorder(current, requested, 'what_products', 'productIds');
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('checkReorder accepted the order');
}

describe('checkReorder', () => {
  it('accepts any permutation of the current ids', () => {
    expect(() => checkReorder([1, 2, 3], [3, 1, 2], 'what_products', 'productIds')).not.toThrow();
    expect(() => checkReorder([], [], 'what_products', 'productIds')).not.toThrow();
  });

  it('rejects a missing id', () => {
    const error = reorderError([1, 2, 3], [3, 1]);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('missing: 2');
    expect(error.issues[0].path).toEqual(['productIds']);
  });

  it('rejects an id that is not in the list', () => {
    const error = reorderError([1, 2], [1, 2, 9]);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('not in this list: 9');
  });

  it('rejects an id listed twice, even when the length matches', () => {
    const error = reorderError([1, 2, 3], [1, 1, 3]);
    expect(error.message).toContain('listed twice: 1');
    expect(error.message).toContain('missing: 2');
  });
});
