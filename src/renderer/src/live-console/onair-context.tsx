import { createContext, useContext, useState, type ReactNode } from 'react';
import type { OnAirState } from '../../../shared/model/onair';
import { usePicked } from '../api/use-picked';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { OnAirStore } from './logic/onair-store';

const OnAirContext = createContext<OnAirStore | null>(null);

/**
 * Keeps what is on air for the console: an `onair.state` snapshot, then the newest `onair.state`
 * event of each animation frame. An answer that arrives after an event is dropped, since the
 * event is newer.
 */
export function OnAirProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new OnAirStore());
  useSnapshotThenEvents({
    method: 'onair.state',
    event: 'onair.state',
    snapshot: (state, eventsSince) => {
      if (eventsSince === 0) store.replace(state);
    },
    events: (batch) => store.replace(batch[batch.length - 1]),
  });
  return <OnAirContext.Provider value={store}>{children}</OnAirContext.Provider>;
}

export function useOnAirStore(): OnAirStore {
  const store = useContext(OnAirContext);
  if (!store) throw new Error('useOnAirStore must be used inside <OnAirProvider>');
  return store;
}

/**
 * A part of what is on air. The component renders again only when the part changes by `equal`
 * (Object.is unless told), so a panel can pick a fresh object without re-rendering on each event.
 */
export function useOnAir<T>(
  select: (state: OnAirState | null) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useOnAirStore();
  return usePicked(store.subscribe, store.get, select, equal);
}
