import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { routeHash } from '../app/route';

/** Set once this console has been opened in this browser profile (Electron keeps it too). */
const STARTED_KEY = 'showdesk.started';

let focusStartPending = false;

function readStarted(): boolean {
  try {
    return window.localStorage.getItem(STARTED_KEY) !== null;
  } catch {
    return true;
  }
}

function markStarted(): void {
  try {
    window.localStorage.setItem(STARTED_KEY, '1');
  } catch {
    // Storage refused (private mode): every start is a first start, which is harmless.
  }
}

/**
 * Whether the rehearsal panel should take the keyboard focus on "Start rehearsal" (once, after
 * the first start landed on the show).
 */
export function takeStartFocus(): boolean {
  const pending = focusStartPending;
  focusStartPending = false;
  return pending;
}

/**
 * The first start with nothing configured opens the show ready to rehearse: when the console was
 * never opened here before, the address names no screen and the only show is the demo show, the
 * console lands on that show's editor with "Start rehearsal" focused. Returns true while it is
 * still deciding (the screen should wait).
 */
export function useFirstStartLanding(): boolean {
  const bridge = useApi();
  const [deciding, setDeciding] = useState(() => !readStarted() && window.location.hash === '');

  useEffect(() => markStarted(), []);

  useEffect(() => {
    if (!deciding) return undefined;
    let current = true;
    const done = () => {
      if (current) setDeciding(false);
    };
    bridge.invoke('show.list', {}).then((shows) => {
      const only = shows.length === 1 ? shows[0] : undefined;
      if (current && only !== undefined && window.location.hash === '') {
        focusStartPending = true;
        window.location.replace(routeHash({ screen: 'show', showId: only.id }));
      }
      done();
    }, done);
    return () => {
      current = false;
    };
  }, [bridge, deciding]);

  return deciding;
}
