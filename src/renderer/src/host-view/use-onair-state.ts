import { useState } from 'react';
import type { OnAirState } from '../../../shared/model/onair';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';

export interface OnAirView {
  /** false until the core answered once. */
  loaded: boolean;
  /** null when no run is open. */
  state: OnAirState | null;
}

/**
 * What is on air, kept live: an `onair.state` snapshot, then the newest `onair.state` event of
 * each animation frame. An answer that arrives after an event is dropped, since the event is newer.
 */
export function useOnAirState(): OnAirView {
  const [view, setView] = useState<OnAirView>({ loaded: false, state: null });
  useSnapshotThenEvents({
    method: 'onair.state',
    event: 'onair.state',
    snapshot: (state, eventsSince) => {
      if (eventsSince === 0) setView({ loaded: true, state });
    },
    failed: () => setView((previous) => ({ ...previous, loaded: true })),
    events: (batch) => setView({ loaded: true, state: batch[batch.length - 1] }),
  });
  return view;
}
