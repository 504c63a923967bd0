import { useCallback, useSyncExternalStore } from 'react';
import type { LiveHeader, LiveProduct } from '../../../shared/model/live';
import { usePicked } from '../api/use-picked';
import { useLiveStore } from './live-context';
import type { LinkFigures } from './logic/link-figures';
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

const NO_ROW = () => () => undefined;

/**
 * A value picked from one product's live row (undefined without a SKU, or before it is known):
 * renders again only when the picked value changes by `equal` (Object.is unless told), so a
 * figure renders when its own text changes.
 */
export function useLiveRowSelect<T>(
  sku: string | null,
  select: (row: LiveRow | undefined) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  const store = useLiveStore();
  const subscribe = useCallback(
    (listener: () => void) => (sku === null ? NO_ROW() : store.subscribeRow(sku, listener)),
    [store, sku],
  );
  const get = useCallback(() => (sku === null ? undefined : store.getRow(sku)), [store, sku]);
  return usePicked(subscribe, get, select, equal);
}

const productOf = (row: LiveRow | undefined) => row?.product;

/**
 * The live figures of the product `sku`: the row its card reads, so that what is made from it
 * shows the card's figures in the same frame.
 */
export function useLiveProduct(sku: string | null): LiveProduct | undefined {
  return useLiveRowSelect(sku, productOf);
}

/**
 * A value picked from the link's figures as every screen shows them (the last event's age and
 * the event rate at most four times a second: see PacedLinkFigures); null with no run open.
 */
export function useLinkFigures<T>(select: (figures: LinkFigures | null) => T): T {
  const { linkFigures } = useLiveStore();
  return usePicked(linkFigures.subscribe, linkFigures.get, select);
}

/** Whether the first `live.state` answer arrived (before it, no run is known either way). */
export function useLiveLoaded(): boolean {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribeHeader, () => store.isLoaded);
}
