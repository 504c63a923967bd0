import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { OnAirState } from '../../../shared/model/onair';
import { useApi, useConnection } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { OnAirStore } from './onair-store';

const OnAirContext = createContext<OnAirStore | null>(null);

/**
 * Keeps what is on air for the console: loaded with `onair.state` (again when the link to the
 * core comes back) and replaced by every `onair.state` event, at most about ten a second. An
 * answer that arrives after an event is dropped, since the event is newer.
 */
export function OnAirProvider({ children }: { children: ReactNode }) {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [store] = useState(() => new OnAirStore());
  const eventsSeen = useRef(0);

  useEffect(() => {
    let active = true;
    const seenBefore = eventsSeen.current;
    bridge.invoke('onair.state', {}).then(
      (state) => {
        if (active && eventsSeen.current === seenBefore) store.replace(state);
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [bridge, store, reconnects]);

  useApiEvent('onair.state', (state) => {
    eventsSeen.current += 1;
    store.replace(state);
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
export function shallowEqual<T extends Record<string, unknown> | null>(a: T, b: T): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/** Equal arrays of Object.is-equal items. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}
