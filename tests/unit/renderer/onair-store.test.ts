import { describe, expect, it, vi } from 'vitest';
import type { OnAirPoint, OnAirState } from '../../../src/shared/model/onair';
import { OnAirStore } from '../../../src/renderer/src/live-console/logic/onair-store';

function point(id: number, done = false): OnAirPoint {
  return {
    id,
    productId: null,
    plannedSeconds: 30,
    done,
    templateHost: `Point ${id}`,
    templateAudience: '',
    valuesSku: null,
  };
}

/** The core's state with point `current` current (and the next one not done after it). */
function state(revision: number, current: number, done: number[] = []): OnAirState {
  const queue = [1, 2, 3, 4].map((id) => point(id, done.includes(id)));
  const next = queue.find((entry) => entry.id > current && !entry.done)?.id ?? null;
  return {
    runId: 1,
    revision,
    queue,
    current: point(current),
    next: next === null ? null : point(next),
  } as unknown as OnAirState;
}

describe('OnAirStore: N and P shown before the core answers', () => {
  it('moves the current point at once, keeps the move over unrelated updates, settles on the answer', () => {
    const store = new OnAirStore();
    store.replace(state(1, 1, [2]));
    const listener = vi.fn();
    store.subscribe(listener);

    const token = store.predictMove('next');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()?.current?.id).toBe(3);
    expect(store.get()?.next?.id).toBe(4);

    // A live update of the core before it took the key: the move stays shown.
    store.replace(state(2, 1, [2]));
    expect(store.get()?.current?.id).toBe(3);

    store.offer(state(3, 3, [2]), token);
    expect(store.get()?.current?.id).toBe(3);
    expect(store.get()?.next?.id).toBe(4);
  });

  it('never moves twice when the core’s event comes before its answer, and takes a refused move back', () => {
    const store = new OnAirStore();
    store.replace(state(1, 2));
    const token = store.predictMove('previous');
    expect(store.get()?.current?.id).toBe(1);
    store.replace(state(2, 1));
    expect(store.get()?.current?.id).toBe(1);
    store.offer(state(2, 1), token);
    expect(store.get()?.current?.id).toBe(1);

    const refused = store.predictMove('next');
    expect(store.get()?.current?.id).toBe(2);
    store.dropMove(refused);
    expect(store.get()?.current?.id).toBe(1);
  });
});
