import type { EventHub } from '../api/event-hub';

const POLL_MS = 20;

/**
 * Resolves true once `check` holds, false after `timeoutMs`. Checks after every core event (a
 * command outcome, a live update, a link change) and every few ms in between.
 */
export function waitForCore(
  events: EventHub,
  check: () => boolean,
  timeoutMs: number,
): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      unlisten();
      resolve(value);
    };
    const test = () => {
      if (check()) finish(true);
    };
    const unlisten = events.listen(test);
    const poll = setInterval(test, POLL_MS);
    const timer = setTimeout(() => finish(check()), timeoutMs);
  });
}
