import { useEffect, useState } from 'react';
import { useApi, useConnection } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';

/**
 * Counts this page as a console while it is mounted (again after the link to the core comes
 * back: a new link is a new page to the core) and follows how many consoles are open.
 */
export function useConsolesOpen(): number {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [count, setCount] = useState(1);
  useApiEvent('consoles.open', (open) => setCount(open.count));
  useEffect(() => {
    let current = true;
    bridge.invoke('consoles.present', { present: true }).then(
      (open) => {
        if (current) setCount(open.count);
      },
      () => undefined,
    );
    return () => {
      current = false;
      void bridge.invoke('consoles.present', { present: false }).catch(() => undefined);
    };
  }, [bridge, reconnects]);
  return count;
}
