import { useEffect, useRef, useState } from 'react';
import type { OnAirState } from '../../../shared/model/onair';
import { useApi, useConnection } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';

export interface OnAirView {
  /** false until the core answered once. */
  loaded: boolean;
  /** null when no run is open. */
  state: OnAirState | null;
}

/**
 * What is on air, kept live: loaded with `onair.state` (again when the link to the core comes
 * back) and replaced by every `onair.state` event. An answer that arrives after an event is
 * dropped, since the event is newer.
 */
export function useOnAirState(): OnAirView {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [view, setView] = useState<OnAirView>({ loaded: false, state: null });
  const eventsSeen = useRef(0);

  useEffect(() => {
    let active = true;
    const seenBefore = eventsSeen.current;
    bridge.invoke('onair.state', {}).then(
      (state) => {
        if (active && eventsSeen.current === seenBefore) setView({ loaded: true, state });
      },
      () => {
        if (active) setView((previous) => ({ ...previous, loaded: true }));
      },
    );
    return () => {
      active = false;
    };
  }, [bridge, reconnects]);

  useApiEvent('onair.state', (state) => {
    eventsSeen.current += 1;
    setView({ loaded: true, state });
  });

  return view;
}
