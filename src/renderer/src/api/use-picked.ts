import { useState, useSyncExternalStore } from 'react';
import { pick, type Picked } from './logic/picked';

/**
 * A part of an external store's state (see `pick`): the component renders again only when the
 * part changes by `equal` (Object.is unless told), whatever the selector's identity.
 */
export function usePicked<S, T>(
  subscribe: (listener: () => void) => () => void,
  get: () => S,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const [cache] = useState<{ current: Picked<S, T> | null }>(() => ({ current: null }));
  return useSyncExternalStore(subscribe, () => pick(cache, get(), select, equal));
}
