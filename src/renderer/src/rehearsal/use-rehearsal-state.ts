import { useEffect, useRef, useState } from 'react';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { useApi, useConnection } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';

export interface RehearsalStateView {
  /** The running rehearsal, or null. */
  state: RehearsalState | null;
  /** false until the first answer of `rehearsal.state` (or its first event) arrived. */
  loaded: boolean;
}

/**
 * The running rehearsal as the core reports it: loaded with `rehearsal.state` (again after the
 * link to the core comes back) and kept current by the `rehearsal.state` events. An event that
 * arrives while a load is under way wins over the load's answer, which may be older.
 */
export function useRehearsalState(): RehearsalStateView {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [view, setView] = useState<RehearsalStateView>({ state: null, loaded: false });
  const events = useRef(0);

  useApiEvent('rehearsal.state', ({ state }) => {
    events.current += 1;
    setView({ state, loaded: true });
  });

  useEffect(() => {
    let current = true;
    const seen = events.current;
    bridge.invoke('rehearsal.state', {}).then(
      (state) => {
        if (current && events.current === seen) setView({ state, loaded: true });
      },
      () => {
        if (current) setView((previous) => ({ ...previous, loaded: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, reconnects]);

  return view;
}
