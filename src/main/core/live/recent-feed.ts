import type { Statement } from 'better-sqlite3';
import type { RecentEvent, RecentEvents } from '../../../shared/model/recent';
import type { EventHub } from '../api/event-hub';
import type { LogRow } from '../review/log-entry';
import type { Db } from '../store/database';
import { MARKER_PREDICATE } from '../store/migrations/012-run-log-event-columns';
import { RecentClock } from './recent-clock';
import { recentEntryOf } from './recent-entry';

/** How many lines a page gets when it opens (newest first). */
export const RECENT_HISTORY = 500;
/** New lines are read from the run log this often while a run is open. */
export const RECENT_READ_MS = 100;

/** The order that sold a product out: an order event leaving stock 0 (`row`: a table prefix). */
function soldOut(row = ''): string {
  return `${row}event_type = 'order' AND coalesce(${row}order_stock, ${row}payload ->> '$.stock') = 0`;
}

export interface RecentFeedDeps {
  db: Db;
  events: EventHub;
  /** The open run's id, or null. */
  openRunId(): number | null;
}

function newestFirst(a: RecentEvent, b: RecentEvent): number {
  return b.id - a.id;
}

/**
 * Recent events of the open run, read from the run log: whole when a page asks (`live.recent`),
 * so a page opened mid-run shows what happened before it, and as they are logged (the
 * `live.recent` event), the same lines in every page.
 */
export class RecentFeed {
  private runId: number | null = null;
  private lastSeq = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly clock: RecentClock;
  private readonly unlisten: () => void;
  private readonly lastSeqOf: Statement<[number], { seq: number }>;
  private readonly markers: Statement<[number, number], LogRow>;
  private readonly markersSince: Statement<[number, number], LogRow>;
  private readonly soldOutSince: Statement<[number, number], LogRow>;
  private readonly soldOutEver: Statement<[number, number], LogRow>;

  constructor(private readonly deps: RecentFeedDeps) {
    const { db } = deps;
    this.clock = new RecentClock(db);
    const columns = 'SELECT seq, at, kind, payload FROM run_log_entries';
    this.lastSeqOf = db.prepare(
      'SELECT coalesce(max(seq), 0) AS seq FROM run_log WHERE run_id = ?',
    );
    this.markers = db.prepare(
      `${columns} WHERE run_id = ? AND ${MARKER_PREDICATE} ORDER BY seq DESC LIMIT ?`,
    );
    this.markersSince = db.prepare(
      `${columns} WHERE run_id = ? AND seq > ? AND ${MARKER_PREDICATE} ORDER BY seq`,
    );
    this.soldOutSince = db.prepare(
      `${columns} WHERE run_id = ? AND seq > ? AND ${soldOut()} ORDER BY seq`,
    );
    // The seconds review_seconds marks as sold out hold every sell-out's order.
    this.soldOutEver = db.prepare(
      `SELECT r.seq, r.at, r.kind, r.payload FROM review_seconds s
       JOIN run_log_entries r ON r.run_id = s.run_id AND r.seq BETWEEN s.first_seq AND s.last_seq
       WHERE s.run_id = ? AND s.sold_out_at IS NOT NULL AND ${soldOut('r.')}
       ORDER BY r.seq DESC LIMIT ?`,
    );
    this.unlisten = deps.events.listen((event) => {
      if (event === 'live.state' || event === 'command.outcome' || event === 'link.status') {
        this.schedule();
      }
    });
  }

  /** The open run's recent events, newest first; null when no run is open. */
  recent(): RecentEvents | null {
    const runId = this.deps.openRunId();
    if (runId === null) return null;
    this.follow(runId);
    const rows = [
      ...this.markers.all(runId, RECENT_HISTORY * 4),
      ...this.soldOutEver.all(runId, RECENT_HISTORY),
    ];
    const entries = this.entriesOf(runId, rows).sort(newestFirst).slice(0, RECENT_HISTORY);
    return { runId, entries };
  }

  close(): void {
    this.unlisten();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Follows `runId` (from its last entry now, when it was not followed yet: what came before is
   * in the history a page loads) and returns the last entry its events covered.
   */
  private follow(runId: number): number {
    if (this.runId !== runId) {
      this.runId = runId;
      this.lastSeq = this.lastSeqOf.get(runId)?.seq ?? 0;
    }
    return this.lastSeq;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.readNew();
    }, RECENT_READ_MS);
    this.timer.unref();
  }

  private readNew(): void {
    const runId = this.deps.openRunId();
    if (runId === null) {
      this.runId = null;
      return;
    }
    // While a run is open its log is read every RECENT_READ_MS, whatever the core announced:
    // a line may be logged after the event that asked for the last read.
    this.schedule();
    if (this.runId !== runId) {
      // A run not followed yet (opened since the last read, or before this core started): its
      // story so far goes out as a page loading it would get it, so no line logged before this
      // first read is left out.
      const story = this.recent();
      if (story !== null && story.entries.length > 0) this.deps.events.emit('live.recent', story);
      return;
    }
    const after = this.lastSeq;
    // Every entry up to the run's last one is read now, lines or not: the next read starts
    // there, so a read costs what was logged since the last read, not since the last line.
    this.lastSeq = this.lastSeqOf.get(runId)?.seq ?? after;
    const rows = [...this.markersSince.all(runId, after), ...this.soldOutSince.all(runId, after)];
    if (rows.length === 0) return;
    const entries = this.entriesOf(runId, rows).sort(newestFirst);
    if (entries.length > 0) this.deps.events.emit('live.recent', { runId, entries });
  }

  private entriesOf(runId: number, rows: readonly LogRow[]): RecentEvent[] {
    this.clock.update(runId);
    const showMsAt = (at: number) => this.clock.showMsAt(at);
    return rows.flatMap((row) => recentEntryOf(runId, row, showMsAt) ?? []);
  }
}
