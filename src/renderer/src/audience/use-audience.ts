import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AudienceComment,
  AudienceCounts,
  AudienceState,
} from '../../../shared/model/audience';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { shallowEqual } from '../api/logic/picked';

/** The open run's audience state (null: no run): a snapshot, then the newest event of each frame. */
export function useAudienceState(): AudienceState | null {
  const [state, setState] = useState<AudienceState | null>(null);
  useSnapshotThenEvents({
    method: 'audience.state',
    event: 'audience.state',
    snapshot: (loaded, eventsSince) => {
      if (eventsSince === 0) setState(loaded);
    },
    events: (batch) => setState(batch[batch.length - 1]),
  });
  return state;
}

/** Comments the panel keeps (the newest; older ones are in the database). */
export const FEED_KEPT = 500;

export interface AudienceFeedView {
  comments: AudienceComment[];
  counts: AudienceCounts | null;
  /** Comments that arrived while held, not shown yet. */
  held: number;
}

/**
 * The panel's feed: the newest comments (a sample at high rates), appended a few times a second.
 * While `hold` is true (the producer is working in the list) new comments wait, counted, so the
 * row under the cursor does not move; the next feed event after it ends shows them.
 */
export function useAudienceFeed(hold: boolean): AudienceFeedView {
  const bridge = useApi();
  const [comments, setComments] = useState<AudienceComment[]>([]);
  const [counts, setCounts] = useState<AudienceCounts | null>(null);
  const waiting = useRef<AudienceComment[]>([]);
  const [held, setHeld] = useState(0);

  useEffect(() => {
    let active = true;
    void bridge.invoke('audience.recent', {}).then(
      (recent) => {
        if (active) setComments(recent.slice(-FEED_KEPT));
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [bridge]);

  const release = useCallback(() => {
    const arrived = waiting.current;
    waiting.current = [];
    setHeld(0);
    if (arrived.length > 0) setComments((before) => [...before, ...arrived].slice(-FEED_KEPT));
  }, []);

  useApiEvent('audience.feed', (feed) => {
    // The feed comes four times a second, mostly with the same counts: the panel renders again
    // only when something in it changed.
    setCounts((before) => (shallowEqual(before, feed.counts) ? before : feed.counts));
    waiting.current = [...waiting.current, ...feed.comments].slice(-FEED_KEPT);
    if (hold) setHeld(waiting.current.length);
    else release();
  });

  return { comments, counts, held };
}
