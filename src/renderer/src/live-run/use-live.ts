import { useCallback, useSyncExternalStore } from 'react';
import type { LiveHeader } from '../../../shared/model/live';
import { useLiveStore } from './live-context';
import type { LiveRow } from './logic/live-store';

/**
 * A value picked from the open run's header (null when no run is open). The component renders
 * again only when the picked value changes, so pick primitives or objects the store keeps.
 */
export function useLiveSelect<T>(select: (header: LiveHeader | null) => T): T {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribeHeader, () => select(store.getHeader()));
}

/** The open run's header; renders again with every change (about 20 times a second at most). */
export function useLiveHeader(): LiveHeader | null {
  return useLiveSelect((header) => header);
}

/** The SKU this console shows as pinned, a pin pressed here included (see LiveStore). */
export function useShownPin(): string | null {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribeHeader, store.getShownPin);
}

/** The show id of the open run, or null. */
export function useLiveShowId(): number | null {
  return useLiveSelect((header) => header?.run.showId ?? null);
}

/** One product's live row; renders again only when that product changed. */
export function useLiveRow(sku: string): LiveRow | undefined {
  const store = useLiveStore();
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeRow(sku, listener),
    [store, sku],
  );
  return useSyncExternalStore(subscribe, () => store.getRow(sku));
}

/** Whether the first `live.state` answer arrived (before it, no run is known either way). */
export function useLiveLoaded(): boolean {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribeHeader, () => store.isLoaded);
}
