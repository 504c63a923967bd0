import { useSyncExternalStore } from 'react';

/**
 * One shared one-second clock for every countdown on screen, ticking in an animation frame: from
 * the timer itself it would write the page between frames, which the next frame then lays out
 * twice (the browser's hover check at its start, and its own updates).
 */
const TICK_MS = 1000;
let now = Date.now();
let timer: number | null = null;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const each of listeners) each();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = window.setInterval(() => requestAnimationFrame(tick), TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  };
}

const idle = () => () => undefined;

/** The time now, refreshed every second while `active` (for countdowns). */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : idle, () => now);
}
