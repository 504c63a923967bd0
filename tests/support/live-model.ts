import { LiveModel, type LinkFacts } from '../../src/main/core/live/live-model';
import type { Projection } from '../../src/main/core/live/projection';

/** A link that is up and current, its clock in step with the server's. */
export const CONNECTED_LINK: LinkFacts = {
  state: 'connected',
  stale: false,
  lastError: null,
  lastErrorReason: null,
  retryInMs: null,
  clockOffsetMs: 0,
  protocolErrors: 0,
  logMissing: 0,
  logFilling: false,
};

/** A rehearsal run's live model over `projection`, connected, reading server time from Date.now. */
export function rehearsalLiveModel(projection: Projection, startedAt = 0): LiveModel {
  return new LiveModel({
    run: () => ({
      id: 1,
      showId: 1,
      kind: 'rehearsal',
      name: 'Rehearsal',
      startedAt,
      endedAt: null,
      serverUrl: 'http://127.0.0.1:1',
      serverShowId: 'show',
    }),
    projection,
    pending: () => [],
    link: () => CONNECTED_LINK,
    serverNow: () => Date.now(),
    ackOverdueMs: 2000,
  });
}
