import type { LiveStateEvent } from '../../../../shared/model/live';
import type { SnapshotThenEvents } from '../../api/logic/snapshot-then-events';
import type { LiveStore } from './live-store';

/** The revision a `live.state` event brings the state to; null when it closes the run. */
export function revisionAfter(event: LiveStateEvent): number | null {
  return event.type === 'full' ? (event.state?.revision ?? null) : event.header.revision;
}

/**
 * How the renderer follows the open run's live state: a `live.state` snapshot into `store`, then
 * the events of each animation frame applied at once (the snapshot again after a missed delta).
 * Each event is acknowledged as soon as it arrives, not once drawn, so the core sends the next
 * delta as soon as something changes and the frame that draws this one draws that one too.
 */
export function liveFeed(
  store: LiveStore,
  acknowledge: (revision: number) => void,
): SnapshotThenEvents<'live.state', 'live.state'> {
  return {
    method: 'live.state',
    event: 'live.state',
    loading: () => store.expectFull(),
    snapshot: (state) => store.applyFull(state),
    failed: () => store.fullFailed(),
    received: (event) => {
      const revision = revisionAfter(event);
      if (revision !== null) acknowledge(revision);
    },
    events: (batch, reload) => {
      if (store.applyEvents(batch) === 'missed') reload();
    },
  };
}
