import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import { nextPointId } from '../../../shared/model/queue-order';

/** One talking point in a run's queue. */
export interface QueueEntry {
  id: number;
  productId: number | null;
  done: boolean;
}

/** A talking point of the lineup, in lineup order (the show's own first, then each product's). */
export interface LineupPoint {
  id: number;
  productId: number | null;
}

function indexOf(queue: readonly QueueEntry[], id: number | null): number {
  return id === null ? -1 : queue.findIndex((entry) => entry.id === id);
}

/**
 * Where the queue goes once `doneId` is done: the first point after it not yet done, else the
 * first one not yet done from the top, else nowhere.
 */
export function pointAfterDone(queue: readonly QueueEntry[], doneId: number): number | null {
  return nextPointId(queue, doneId) ?? nextPointId(queue, null);
}

/** Where the queue jumps when `productId` is pinned: its first point not yet done, if any. */
export function followPinTarget(queue: readonly QueueEntry[], productId: number): number | null {
  return queue.find((entry) => entry.productId === productId && !entry.done)?.id ?? null;
}

export function requireEntry(queue: readonly QueueEntry[], id: number): QueueEntry {
  const entry = queue.find((candidate) => candidate.id === id);
  if (!entry) throw new ApiError('not_found', coreText('talking_point_not_queued', { id }));
  return entry;
}

/**
 * Reorders the queue by `ids`: the points named (each once, all in the queue) take the places
 * they held between them, in the order given; the others stay where they are. So the whole queue
 * or one product's points can be reordered with the same call.
 */
export function reorderQueue(queue: readonly QueueEntry[], ids: readonly number[]): QueueEntry[] {
  if (new Set(ids).size !== ids.length) {
    throw new ApiError('invalid_input', coreText('talking_point_twice'), [
      { path: ['talkingPointIds'], message: 'each talking point may appear once' },
    ]);
  }
  const moved = ids.map((id) => requireEntry(queue, id));
  const named = new Set(ids);
  let next = 0;
  return queue.map((entry) => (named.has(entry.id) ? moved[next++] : entry));
}

/** Puts `entry` right after `afterId` (at the end when `afterId` is null or not in the queue). */
export function insertAfter(
  queue: readonly QueueEntry[],
  afterId: number | null,
  entry: QueueEntry,
): QueueEntry[] {
  const at = indexOf(queue, afterId);
  if (at < 0) return [...queue, entry];
  return [...queue.slice(0, at + 1), entry, ...queue.slice(at + 1)];
}

/**
 * Brings the queue in line with the lineup: points no longer in the lineup leave it, and a point
 * the queue does not have yet goes in after the nearest point before it in lineup order that the
 * queue has (at the top when there is none). The queue's own order is kept otherwise.
 */
export function mergeLineup(
  queue: readonly QueueEntry[],
  lineup: readonly LineupPoint[],
): QueueEntry[] {
  const inLineup = new Set(lineup.map((point) => point.id));
  let merged = queue.filter((entry) => inLineup.has(entry.id));
  let previous: number | null = null;
  for (const point of lineup) {
    if (!merged.some((entry) => entry.id === point.id)) {
      const entry = { id: point.id, productId: point.productId, done: false };
      merged = previous === null ? [entry, ...merged] : insertAfter(merged, previous, entry);
    }
    previous = point.id;
  }
  return merged;
}
