import { useCallback, useSyncExternalStore } from 'react';
import type { LiveHeader } from '../../../shared/model/live';
import { usePicked } from '../api/use-picked';
import { useLiveStore } from './live-context';
import type { LiveRow } from './logic/live-store';

/**
 * A value picked from the open run's header (null when no run is open). The component renders
 * again only when the picked value changes by `equal` (Object.is unless told).
 */
export function useLiveSelect<T>(
  select: (header: LiveHeader | null) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  const store = useLiveStore();
  return usePicked(store.subscribeHeader, store.getHeader, select, equal);
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
  return useLiveRowSelect(sku, (row) => row);
}

/**
 * A value picked from one product's live row: renders again only when the picked value changes
 * by `equal` (Object.is unless told), so a figure renders when its own text changes.
 */
export function useLiveRowSelect<T>(
  sku: string,
  select: (row: LiveRow | undefined) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  const store = useLiveStore();
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeRow(sku, listener),
    [store, sku],
  );
  const get = useCallback(() => store.getRow(sku), [store, sku]);
  return usePicked(subscribe, get, select, equal);
}

/** Whether the first `live.state` answer arrived (before it, no run is known either way). */
export function useLiveLoaded(): boolean {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribeHeader, () => store.isLoaded);
}
