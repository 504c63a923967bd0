/** What a picker returned last: for which state and selector, and the value. */
export interface Picked<S, T> {
  state: S;
  select: (state: S) => T;
  value: T;
}

/**
 * Picks a part of a store's state for useSyncExternalStore: the same state and selector give the
 * value picked last, and a new value that `equal` says is the same as the last one gives the last
 * one, so a component that picks a fresh object (or a string built again) renders only when it
 * changed. `cache` holds the last pick between calls.
 */
export function pick<S, T>(
  cache: { current: Picked<S, T> | null },
  state: S,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const last = cache.current;
  if (last !== null && last.state === state && last.select === select) return last.value;
  const picked = select(state);
  const value = last !== null && equal(last.value, picked) ? last.value : picked;
  cache.current = { state, select, value };
  return value;
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
