import { createContext, useContext, useState, type ReactNode } from 'react';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';

export interface RehearsalStateView {
  /** The running rehearsal, or null. */
  state: RehearsalState | null;
  /** false until the first answer of `rehearsal.state` (or its first event) arrived. */
  loaded: boolean;
}

const RehearsalStateContext = createContext<RehearsalStateView | null>(null);

/**
 * The running rehearsal as the core reports it, one for every screen: a `rehearsal.state`
 * snapshot, then the newest `rehearsal.state` event of each animation frame. An event that
 * arrives while a load is under way wins over the load's answer, which may be older. One
 * snapshot for the page: a panel shown after the first answer (the lineup's rehearsal panel at
 * start) has the state at once instead of asking the core again.
 */
export function RehearsalStateProvider({ children }: { children: ReactNode }) {
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
  return <RehearsalStateContext.Provider value={view}>{children}</RehearsalStateContext.Provider>;
}

export function useRehearsalState(): RehearsalStateView {
  const view = useContext(RehearsalStateContext);
  if (!view) throw new Error('useRehearsalState must be used inside <RehearsalStateProvider>');
  return view;
}
