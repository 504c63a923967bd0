import type { Statement } from 'better-sqlite3';
import { REHEARSAL_LOG_KIND } from '../../../shared/model/rehearsal';
import { clockAnchorOf } from '../review/clock-anchors';
import type { LogRow } from '../review/log-entry';
import { clockLine, showMsAt, type ClockAnchor, type ClockLine } from '../review/show-clock';
import type { Db } from '../store/database';
import { MARKER_PREDICATE } from '../store/migrations/012-run-log-event-columns';

/**
 * The show time of a followed run's Recent events: a rehearsal's clock entries (as the review
 * reads them) give the show time of the wall-clock moment a line was logged, so the console
 * tells a rehearsal's story on the clock it shows. A run without clock entries (a live run) has
 * no show time.
 */
export class RecentClock {
  private runId: number | null = null;
  private lastSeq = 0;
  private anchors: ClockAnchor[] = [];
  private line: ClockLine | null = null;
  private readonly anchorsSince: Statement<[number, number], LogRow>;

  constructor(db: Db) {
    this.anchorsSince = db.prepare(
      `SELECT seq, at, kind, payload FROM run_log
       WHERE run_id = ? AND seq > ? AND ${MARKER_PREDICATE} AND kind = '${REHEARSAL_LOG_KIND}'
       ORDER BY seq`,
    );
  }

  /** Reads the clock entries of `runId` logged since the last read (all of them for a new run). */
  update(runId: number): void {
    if (this.runId !== runId) {
      this.runId = runId;
      this.lastSeq = 0;
      this.anchors = [];
      this.line = null;
    }
    const rows = this.anchorsSince.all(runId, this.lastSeq);
    if (rows.length === 0) return;
    this.lastSeq = rows[rows.length - 1].seq;
    for (const row of rows) {
      const anchor = clockAnchorOf(row);
      if (anchor) this.anchors.push(anchor);
    }
    this.line = clockLine(this.anchors);
  }

  /** Show time (whole ms) at wall-clock `at`, or null for a run without a show clock. */
  showMsAt(at: number): number | null {
    return this.line === null ? null : Math.round(showMsAt(this.line, at));
  }
}
