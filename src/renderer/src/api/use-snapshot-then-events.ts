import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiEventName, ApiEvents, ApiInput } from '../../../shared/api/contract';
import { useApi, useConnection } from './api-context';
import { FrameQueue } from './frame-queue';
import type { SnapshotThenEvents, StateMethod } from './logic/snapshot-then-events';

/**
 * The one way the renderer follows a state of the core: a snapshot with `method`, then the
 * `event`s, delivered once per animation frame; the snapshot is taken again when the link to the
 * core comes back or when `reload` is called (a delta was missed). Returns `reload`.
 */
export function useSnapshotThenEvents<M extends StateMethod, E extends ApiEventName>(
  feed: SnapshotThenEvents<M, E>,
): () => void {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const latest = useRef(feed);
  const eventsSeen = useRef(0);
  useEffect(() => {
    latest.current = feed;
  });

  useEffect(() => {
    const queue = new FrameQueue<ApiEvents[E]>((batch) => latest.current.events(batch, reload));
    const unsubscribe = bridge.subscribe(latest.current.event, (payload) => {
      eventsSeen.current += 1;
      latest.current.received?.(payload);
      queue.push(payload);
    });
    return () => {
      unsubscribe();
      queue.stop();
    };
  }, [bridge, reload]);

  useEffect(() => {
    let current = true;
    const seenBefore = eventsSeen.current;
    latest.current.loading?.();
    bridge.invoke(latest.current.method, {} as ApiInput<M>).then(
      (value) => {
        if (current) latest.current.snapshot(value, eventsSeen.current - seenBefore);
      },
      () => {
        if (current) latest.current.failed?.();
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, reconnects, reloads]);

  return reload;
}
