import { describe, expect, it } from 'vitest';
import {
  followPinTarget,
  insertAfter,
  mergeLineup,
  pointAfterDone,
  reorderQueue,
  type QueueEntry,
} from '../../../src/main/core/onair/queue-rules';
import { nextPointId, previousPointId } from '../../../src/shared/model/queue-order';
import { ApiError } from '../../../src/shared/api/errors';

/** Show point 1, product 10's points 2 and 3, product 20's point 4. */
function queue(done: number[] = []): QueueEntry[] {
  return [
    { id: 1, productId: null },
    { id: 2, productId: 10 },
    { id: 3, productId: 10 },
    { id: 4, productId: 20 },
  ].map((entry) => ({ ...entry, done: done.includes(entry.id) }));
}

const ids = (entries: QueueEntry[]) => entries.map((entry) => entry.id);

describe('talking-point queue rules', () => {
  it('next goes to the following point not done, and stays put at the end', () => {
    expect(nextPointId(queue(), 1)).toBe(2);
    expect(nextPointId(queue([2, 3]), 1)).toBe(4);
    expect(nextPointId(queue(), 4)).toBeNull();
    expect(nextPointId(queue([1]), null)).toBe(2);
  });

  it('previous goes one back, done or not, and not past the top', () => {
    expect(previousPointId(queue([2]), 3)).toBe(2);
    expect(previousPointId(queue(), 1)).toBeNull();
    expect(previousPointId(queue(), null)).toBeNull();
  });

  it('after done: the next point not done, else the first not done from the top, else none', () => {
    expect(pointAfterDone(queue([2]), 2)).toBe(3);
    expect(pointAfterDone(queue([1, 4]), 4)).toBe(2);
    expect(pointAfterDone(queue([1, 2, 3, 4]), 4)).toBeNull();
  });

  it('following the pin jumps to the product’s first point not done', () => {
    expect(followPinTarget(queue(), 10)).toBe(2);
    expect(followPinTarget(queue([2]), 10)).toBe(3);
    expect(followPinTarget(queue([2, 3]), 10)).toBeNull();
    expect(followPinTarget(queue(), 99)).toBeNull();
  });

  it('reorders the whole queue or only the points named, among their own places', () => {
    expect(ids(reorderQueue(queue(), [4, 3, 2, 1]))).toEqual([4, 3, 2, 1]);
    expect(ids(reorderQueue(queue(), [3, 2]))).toEqual([1, 3, 2, 4]);
    expect(ids(reorderQueue(queue(), [4, 1]))).toEqual([4, 2, 3, 1]);
    expect(reorderQueue(queue([3]), [3, 2])[1]).toEqual({ id: 3, productId: 10, done: true });
  });

  it('refuses a reorder naming a point twice or one not in the queue', () => {
    expect(() => reorderQueue(queue(), [2, 2])).toThrow(ApiError);
    expect(() => reorderQueue(queue(), [2, 9])).toThrow(/not in this run's queue/);
  });

  it('inserts after a point, or at the end', () => {
    const entry = { id: 9, productId: null, done: false };
    expect(ids(insertAfter(queue(), 2, entry))).toEqual([1, 2, 9, 3, 4]);
    expect(ids(insertAfter(queue(), null, entry))).toEqual([1, 2, 3, 4, 9]);
  });

  it('merges lineup edits: removed points leave, new ones come after their lineup neighbour', () => {
    const reordered = reorderQueue(queue([1]), [4, 1]);
    const merged = mergeLineup(reordered, [
      { id: 5, productId: null },
      { id: 1, productId: null },
      { id: 2, productId: 10 },
      { id: 6, productId: 10 },
      { id: 4, productId: 20 },
    ]);
    expect(ids(merged)).toEqual([5, 4, 2, 6, 1]);
    expect(merged.find((entry) => entry.id === 1)?.done).toBe(true);
    expect(merged.find((entry) => entry.id === 6)?.done).toBe(false);
  });
});
