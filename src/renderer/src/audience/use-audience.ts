import { useState, useSyncExternalStore } from 'react';
import type { AudienceState } from '../../../shared/model/audience';
import { LatestStore } from '../api/logic/latest-store';
import { usePicked } from '../api/use-picked';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { CommentFeed } from './logic/comment-feed';

export type AudienceStore = LatestStore<AudienceState | null>;

/**
 * The open run's audience state (null: no run) in a store: a snapshot, then the newest event of
 * each frame. Components pick their part (useAudience), so a new state renders only those whose
 * part changed.
 */
export function useAudienceStore(): AudienceStore {
  const [store] = useState<AudienceStore>(() => new LatestStore<AudienceState | null>(null));
  useSnapshotThenEvents({
    method: 'audience.state',
    event: 'audience.state',
    snapshot: (loaded, eventsSince) => {
      if (eventsSince === 0) store.set(loaded);
    },
    events: (batch) => store.set(batch[batch.length - 1]),
  });
  return store;
}

/** A part of the audience state; renders again only when it changes by `equal`. */
export function useAudience<T>(
  store: AudienceStore,
  select: (state: AudienceState | null) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  return usePicked(store.subscribe, store.get, select, equal);
}

/** The open run's audience state (null: no run), whole. */
export function useAudienceState(): AudienceState | null {
  const store = useAudienceStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * The comments panel's feed (see CommentFeed): the recent comments, then the feed events of
 * each animation frame (held out of a key's frame like every live update).
 */
export function useCommentFeed(): CommentFeed {
  const [feed] = useState(() => new CommentFeed());
  useSnapshotThenEvents({
    method: 'audience.recent',
    event: 'audience.feed',
    snapshot: (recent) => feed.load(recent),
    events: (batch) => feed.add(batch),
  });
  return feed;
}
