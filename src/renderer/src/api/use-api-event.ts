import { useEffect, useRef } from 'react';
import type { ApiEventName, ApiEvents } from '../../../shared/api/contract';
import { useApi } from './api-context';

/** Calls the latest handler for each event the core pushes; unsubscribes on unmount. */
export function useApiEvent<E extends ApiEventName>(
  event: E,
  handler: (payload: ApiEvents[E]) => void,
): void {
  const bridge = useApi();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => bridge.subscribe(event, (payload) => latest.current(payload)), [bridge, event]);
}
