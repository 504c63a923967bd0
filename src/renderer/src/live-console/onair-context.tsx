import {
  createContext,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { OnAirState } from '../../../shared/model/onair';
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
 * A snapshot function for useSyncExternalStore that picks a part of the state and keeps the part
 * it returned last while `equal` says the new one is the same.
 */
function pickFrom<T>(
  store: OnAirStore,
  select: (state: OnAirState | null) => T,
  equal: (a: T, b: T) => boolean,
): () => T {
  let last: { state: OnAirState | null; value: T } | null = null;
  return () => {
    const state = store.get();
    if (last !== null && last.state === state) return last.value;
    const value = select(state);
    last = { state, value: last !== null && equal(last.value, value) ? last.value : value };
    return last.value;
  };
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
  const getSnapshot = useMemo(() => pickFrom(store, select, equal), [store, select, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot);
}

/** Equal when both hold the same keys with Object.is-equal values. */
export function shallowEqual<T extends object | null>(a: T, b: T): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.is(left[key], right[key]))
  );
}

/** Equal arrays of Object.is-equal items. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}
