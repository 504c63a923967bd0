import {
  HistoryReply,
  ServerEvent,
  parseWith,
  type HistoryRequest,
} from '../../../shared/protocol';
import type { RequestCallback } from './link';
import type { HistoryStore, JournalCoverage, LogGap } from './history-store';
import { malformed, type ProtocolErrors } from './protocol-errors';

export interface BackfillTuning {
  /** Events asked for per page. */
  pageSize: number;
  /** How long a page may take before it is asked for again. */
  timeoutMs: number;
  /** The pause before asking again after a failed page. */
  retryMs: number;
}

export interface BackfillDeps {
  runId: number;
  history: HistoryStore;
  errors: ProtocolErrors;
  tuning: BackfillTuning;
  /** Sends the `history` request with an acknowledgement; false when not connected. */
  request(payload: HistoryRequest, timeoutMs: number, callback: RequestCallback): boolean;
  /** Journals a page of the gap's events (see journalBackfilled). */
  journal(gap: LogGap, events: readonly ServerEvent[]): void;
  /** The journal's coverage changed (a page was journaled, a gap opened or closed). */
  changed(): void;
}

/**
 * Fills the run log's gaps from the server's ledger (protocol feature `history`), one page at a
 * time in the background while the server agreed to it on the current connection: each page is
 * journaled at its reserved positions in one transaction, and the next one is asked for only
 * after that, so live events interleave with the pages instead of waiting for the whole gap.
 */
export class Backfill {
  private enabled = false;
  private busy = false;
  private connection = 0;
  private retry: NodeJS.Timeout | null = null;
  private coverage: JournalCoverage;

  constructor(private readonly deps: BackfillDeps) {
    this.coverage = deps.history.coverage(deps.runId);
  }

  /** Events the run log lacks. */
  get missingEvents(): number {
    return this.coverage.missing;
  }

  /** Whether the server is filling the gaps on this connection. */
  get filling(): boolean {
    return this.enabled && this.coverage.fillable > 0;
  }

  /** A connection on which the server agreed to `history` (or not) was welcomed. */
  connected(agreed: boolean): void {
    this.connection += 1;
    this.enabled = agreed;
    this.busy = false;
    this.clearRetry();
    this.deps.changed();
    this.next();
  }

  /** The connection is gone: answers to what was asked on it will not come. */
  disconnected(): void {
    this.connection += 1;
    this.enabled = false;
    this.busy = false;
    this.clearRetry();
  }

  /** A snapshot left a gap: count it and start filling. */
  gapOpened(): void {
    this.refresh();
    this.next();
  }

  close(): void {
    this.disconnected();
  }

  private next(): void {
    if (!this.enabled || this.busy || this.retry !== null) return;
    const gap = this.deps.history.fillableGaps(this.deps.runId)[0];
    if (gap === undefined) return;
    const fromSeq = gap.filledTo + 1;
    const request: HistoryRequest = {
      fromSeq,
      toSeq: gap.toSeq,
      limit: Math.min(this.deps.tuning.pageSize, gap.toSeq - fromSeq + 1),
    };
    const connection = this.connection;
    const sent = this.deps.request(request, this.deps.tuning.timeoutMs, (error, raw) => {
      if (connection !== this.connection) return;
      this.busy = false;
      if (error !== null) {
        this.later();
        return;
      }
      this.received(gap, raw);
    });
    this.busy = sent;
  }

  private received(gap: LogGap, raw: unknown): void {
    const reply = parseWith(HistoryReply, raw);
    if (!reply.ok) {
      this.deps.errors.record('malformed_message', malformed('history', reply.issues), raw);
      this.later();
      return;
    }
    if (reply.value.status === 'error') {
      this.deps.errors.record(
        'history_refused',
        {
          code: 'history_refused',
          params: {
            fromSeq: gap.filledTo + 1,
            toSeq: gap.toSeq,
            code: reply.value.code,
            message: reply.value.message,
          },
        },
        reply.value,
      );
      if (reply.value.code === 'unavailable') {
        this.enabled = false;
        this.deps.changed();
      } else {
        this.later();
      }
      return;
    }
    const events: ServerEvent[] = [];
    for (const item of reply.value.events) {
      const event = parseWith(ServerEvent, item);
      if (!event.ok) break;
      if (event.value.seq !== gap.filledTo + 1 + events.length) break;
      if (event.value.seq > gap.toSeq) break;
      events.push(event.value);
    }
    if (events.length < reply.value.events.length || events.length === 0) {
      this.deps.errors.record(
        'malformed_message',
        { code: 'history_page', params: { fromSeq: gap.filledTo + 1, toSeq: gap.toSeq } },
        raw,
      );
    }
    if (events.length === 0) {
      this.later();
      return;
    }
    this.deps.journal(gap, events);
    this.refresh();
    setImmediate(() => this.next());
  }

  private refresh(): void {
    this.coverage = this.deps.history.coverage(this.deps.runId);
    this.deps.changed();
  }

  private later(): void {
    this.clearRetry();
    this.retry = setTimeout(() => {
      this.retry = null;
      this.next();
    }, this.deps.tuning.retryMs);
  }

  private clearRetry(): void {
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
  }
}
