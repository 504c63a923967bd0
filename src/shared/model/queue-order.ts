/** A talking point's place in a run's queue: its id and whether it is done. */
export interface QueuedPoint {
  id: number;
  done: boolean;
}

function indexOf(queue: readonly QueuedPoint[], id: number | null): number {
  return id === null ? -1 : queue.findIndex((entry) => entry.id === id);
}

/** The first point after `currentId` not yet done (from the top when there is no current). */
export function nextPointId(
  queue: readonly QueuedPoint[],
  currentId: number | null,
): number | null {
  const from = indexOf(queue, currentId) + 1;
  return queue.slice(from).find((entry) => !entry.done)?.id ?? null;
}

/** The point just before `currentId`, done or not (to read a point again). */
export function previousPointId(
  queue: readonly QueuedPoint[],
  currentId: number | null,
): number | null {
  const at = indexOf(queue, currentId);
  return at > 0 ? queue[at - 1].id : null;
}
