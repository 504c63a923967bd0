import { useState } from 'react';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';

export interface RehearsalStateView {
  /** The running rehearsal, or null. */
  state: RehearsalState | null;
  /** false until the first answer of `rehearsal.state` (or its first event) arrived. */
  loaded: boolean;
}

/**
 * The running rehearsal as the core reports it: a `rehearsal.state` snapshot, then the newest
 * `rehearsal.state` event of each animation frame. An event that arrives while a load is under way
 * wins over the load's answer, which may be older.
 */
export function useRehearsalState(): RehearsalStateView {
  const [view, setView] = useState<RehearsalStateView>({ state: null, loaded: false });
  useSnapshotThenEvents({
    method: 'rehearsal.state',
    event: 'rehearsal.state',
    snapshot: (state, eventsSince) => {
      if (eventsSince === 0) setView({ state, loaded: true });
    },
    failed: () => setView((previous) => ({ ...previous, loaded: true })),
    events: (batch) => setView({ state: batch[batch.length - 1].state, loaded: true }),
  });
  return view;
}
