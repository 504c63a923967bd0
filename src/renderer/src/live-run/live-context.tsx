import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { liveFeed } from './logic/live-feed';
import { LiveStore } from './logic/live-store';
import { notifyRejected } from './logic/outcome-notice';

const LiveContext = createContext<LiveStore | null>(null);

/**
 * Holds the open run's live state for every screen (see `liveFeed`: each delta acknowledged as it
 * arrives, the events of each animation frame applied at once), the link status and command
 * outcomes; the snapshot again after a missed delta or when the link to the core comes back. A
 * rejected command is announced here, whatever screen is open.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const bridge = useApi();
  const [store] = useState(() => new LiveStore());

  useEffect(() => () => store.dispose(), [store]);

  useSnapshotThenEvents(
    liveFeed(store, (revision) => {
      void bridge.invoke('live.received', { revision }).catch(() => undefined);
    }),
  );
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
