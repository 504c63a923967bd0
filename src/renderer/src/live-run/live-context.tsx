import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { liveFeed } from './logic/live-feed';
import { LiveStore } from './logic/live-store';
import { useRoute } from '../app/route';
import { notifyRejected } from './notify-rejected';

const LiveContext = createContext<LiveStore | null>(null);

/**
 * Holds the open run's live state for every screen (see `liveFeed`: each delta acknowledged as it
 * arrives, the events of each animation frame applied at once), the link status and command
 * outcomes; the snapshot again after a missed delta or when the link to the core comes back. A
 * rejected command is announced here on the screens that do not say it themselves: the live
 * console's status strip and cards say it where it belongs (a notice would lie over the strip),
 * and the host view is the host's teleprompter.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const bridge = useApi();
  const { screen } = useRoute();
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
    const rejected = outcome.status === 'rejected' || outcome.original === 'rejected';
    if (rejected && screen !== 'live' && screen !== 'host') notifyRejected(outcome, command);
  });

  return <LiveContext.Provider value={store}>{children}</LiveContext.Provider>;
}

export function useLiveStore(): LiveStore {
  const store = useContext(LiveContext);
  if (!store) throw new Error('useLiveStore must be used inside <LiveProvider>');
  return store;
}
