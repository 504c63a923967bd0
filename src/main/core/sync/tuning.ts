import type { PublisherTiming } from '../live/live-publisher';
import type { BackoffOptions } from './backoff';
import type { LivenessTuning } from './liveness';
import type { BackfillTuning } from './backfill';
import type { OutboxTuning } from './outbox';

/** Timings of the sync engine; tests shorten some of them. */
export interface SyncTuning {
  /**
   * Reconnect backoff of the link: the first attempt at once, then 100 and 200 ms, then every
   * 200-250 ms for as long as the outage lasts, so that the link is back within 250 ms of the
   * network (docs/protocol.md section 3).
   */
  reconnect: BackoffOptions;
  connectTimeoutMs: number;
  /** A connection whose welcome does not come within this time is dropped and retried. */
  welcomeTimeoutMs: number;
  /** How often the clock offset is measured while connected. */
  clockIntervalMs: number;
  liveness: LivenessTuning;
  /** A command without acknowledgement this long after it was issued is flagged. */
  ackOverdueMs: number;
  /** How long a resume or snapshot request may go unanswered before escalating. */
  answerTimeoutMs: number;
  /** Server events applied per turn of the event loop (a long replay yields between slices). */
  eventsPerTurn: number;
  outbox: OutboxTuning;
  publisher: PublisherTiming;
  /** Paging of the run log's backfill (feature `history`). */
  backfill: BackfillTuning;
}

export const defaultSyncTuning: SyncTuning = {
  reconnect: { initialMs: 100, maxMs: 250, jitter: 0.2, immediateFirst: true },
  connectTimeoutMs: 10_000,
  welcomeTimeoutMs: 10_000,
  clockIntervalMs: 15_000,
  liveness: {
    staleAfterMs: 2000,
    probeAfterMs: 1000,
    checkMs: 250,
    probeTimeoutMs: 2000,
    deadAfterMs: 10_000,
  },
  ackOverdueMs: 2000,
  answerTimeoutMs: 600,
  eventsPerTurn: 500,
  outbox: { ackTimeoutMs: 5000, retry: { initialMs: 500, maxMs: 5000, jitter: 0.2 } },
  publisher: { inFlight: 3, frameMs: 50, heartbeatMs: 1000 },
  backfill: { pageSize: 500, timeoutMs: 5000, retryMs: 1000 },
};

/**
 * Tests only: a browser host started with this variable (whole milliseconds) drops a dead link
 * after that long instead of `liveness.deadAfterMs`, so that an end-to-end test can look at a
 * stale screen for longer than the bound.
 */
export const DEAD_AFTER_ENV = 'SHOWDESK_DEAD_AFTER_MS';

/** The timings `env` sets (see DEAD_AFTER_ENV); none unless it sets a whole number. */
export function syncTuningFromEnv(env: NodeJS.ProcessEnv): Partial<SyncTuning> | undefined {
  const deadAfterMs = Number(env[DEAD_AFTER_ENV]);
  if (!Number.isInteger(deadAfterMs) || deadAfterMs <= 0) return undefined;
  return { liveness: { ...defaultSyncTuning.liveness, deadAfterMs } };
}

/** The defaults with `overrides` on top (one level deep). */
export function syncTuning(overrides: Partial<SyncTuning> = {}): SyncTuning {
  return { ...defaultSyncTuning, ...overrides };
}
