import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useConnection } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { LiveStore } from './live-store';
import { notifyRejected } from './outcome-notice';

const LiveContext = createContext<LiveStore | null>(null);

/**
 * Holds the open run's live state for every screen: loads it with `live.state`, applies the
 * coalesced `live.state` events, the link status and command outcomes, and loads it again after
 * a missed delta or when the link to the core comes back. A rejected command is announced here,
 * whatever screen is open.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const bridge = useApi();
  const { reconnects } = useConnection();
  const [store] = useState(() => new LiveStore());
  const [reloads, setReloads] = useState(0);

  useEffect(() => () => store.dispose(), [store]);

  useEffect(() => {
    let current = true;
    store.expectFull();
    bridge.invoke('live.state', {}).then(
      (state) => {
        if (current) store.applyFull(state);
      },
      () => {
        if (current) store.fullFailed();
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, store, reconnects, reloads]);

  useApiEvent('live.state', (event) => {
    if (store.applyEvent(event) === 'missed') setReloads((count) => count + 1);
  });
  useApiEvent('link.status', (status) => store.applyLink(status));
  useApiEvent('command.outcome', (outcome) => {
    const command = store.noteOutcome(outcome);
    if (outcome.status === 'rejected' || outcome.original === 'rejected') {
      notifyRejected(t, outcome, command);
    }
  });

  return <LiveContext.Provider value={store}>{children}</LiveContext.Provider>;
}

export function useLiveStore(): LiveStore {
  const store = useContext(LiveContext);
  if (!store) throw new Error('useLiveStore must be used inside <LiveProvider>');
  return store;
}
