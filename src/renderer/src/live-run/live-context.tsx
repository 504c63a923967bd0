import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { LiveStore } from './live-store';
import { notifyRejected } from './outcome-notice';

const LiveContext = createContext<LiveStore | null>(null);

/**
 * Holds the open run's live state for every screen: a `live.state` snapshot, then the `live.state`
 * events of each animation frame applied at once (the page then tells the core it drew them, so
 * the next delta comes without waiting out a fixed tick), the link status and command outcomes;
 * the snapshot again after a missed delta or when the link to the core comes back. A rejected
 * command is announced here, whatever screen is open.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const bridge = useApi();
  const [store] = useState(() => new LiveStore());

  useEffect(() => () => store.dispose(), [store]);

  useSnapshotThenEvents({
    method: 'live.state',
    event: 'live.state',
    loading: () => store.expectFull(),
    snapshot: (state) => store.applyFull(state),
    failed: () => store.fullFailed(),
    events: (batch, reload) => {
      if (store.applyEvents(batch) === 'missed') {
        reload();
        return;
      }
      const revision = store.revision;
      if (revision !== null) void bridge.invoke('live.drawn', { revision }).catch(() => undefined);
    },
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
