import { useState } from 'react';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';
import { ConsoleLog } from './logic/console-log';

/**
 * The open run's recent events, loaded from the core (the whole story so far, however late the
 * page opened) and kept current with what it logs; loaded again for another run.
 */
export function useConsoleLog(): ConsoleLog {
  const [log] = useState(() => new ConsoleLog());
  useSnapshotThenEvents({
    method: 'live.recent',
    event: 'live.recent',
    snapshot: (history) => log.load(history),
    events: (batches, reload) => {
      for (const batch of batches) {
        if (!log.add(batch)) {
          reload();
          return;
        }
      }
    },
  });
  return log;
}
