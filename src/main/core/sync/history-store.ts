import type { Statement } from 'better-sqlite3';
import type { RunLogKind } from '../../../shared/model/live';
import type { ServerEvent } from '../../../shared/protocol';
import { OrderRollup } from '../review/order-rollup';
import type { Db } from '../store/database';
import { EventInsert } from './run-log';

/** A stretch of event seqs the run log lacks (a snapshot skipped them). */
export interface LogGap {
  runId: number;
  fromSeq: number;
  toSeq: number;
  /** The run log position reserved for `fromSeq`; null when none was (an older gap). */
  logBase: number | null;
  /** The last event of the gap journaled so far (fromSeq - 1 when none). */
  filledTo: number;
  /** The pin as the journal has it at `filledTo`. */
  pinSku: string | null;
}

interface GapRow {
  run_id: number;
  from_seq: number;
  to_seq: number;
  log_base: number | null;
  filled_to: number;
  pin_sku: string | null;
}

/** How complete a run's journal of server events is. */
export interface JournalCoverage {
  /** Events the journal lacks (in open gaps). */
  missing: number;
  /** Of those, events a backfill can still journal in place. */
  fillable: number;
}

const toGap = (row: GapRow): LogGap => ({
  runId: row.run_id,
  fromSeq: row.from_seq,
  toSeq: row.to_seq,
  logBase: row.log_base,
  filledTo: row.filled_to,
  pinSku: row.pin_sku,
});

/** The run's journal coverage, for review and exports. */
export function logCoverage(db: Db, runId: number): JournalCoverage {
  return new HistoryStore(db).coverage(runId);
}

/**
 * The run log's gaps (table run_gaps) and the journal position (run_sync.journal_seq): reserves
 * run log positions for the events a snapshot skipped, and journals them there once fetched.
 */
export class HistoryStore {
  private readonly getJournalSeq: Statement<[number], { journal_seq: number }>;
  private readonly putJournalSeq: Statement<[number, number]>;
  private readonly lastLogSeq: Statement<[], { last: number }>;
  private readonly insertGap: Statement<[number, number, number, number, number, string | null]>;
  private readonly getGaps: Statement<[number], GapRow>;
  private readonly putFilled: Statement<[number, string | null, number, number]>;
  private readonly getCoverage: Statement<[number], { missing: number; fillable: number }>;
  private readonly getPin: Statement<[number], { sku: string | null }>;
  private readonly putPin: Statement<[number, string | null]>;
  private readonly insertAt: Statement<[number, number, number, string, string]>;
  private readonly insertEvent: EventInsert;
  private readonly rollup: OrderRollup;

  constructor(private readonly db: Db) {
    this.getJournalSeq = db.prepare('SELECT journal_seq FROM run_sync WHERE run_id = ?');
    this.putJournalSeq = db.prepare('UPDATE run_sync SET journal_seq = ? WHERE run_id = ?');
    this.lastLogSeq = db.prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'run_log'), 0),
         coalesce((SELECT max(seq) FROM run_log), 0)) AS last`,
    );
    this.insertGap = db.prepare(
      `INSERT INTO run_gaps (run_id, from_seq, to_seq, log_base, filled_to, pin_sku)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.getGaps = db.prepare(
      'SELECT * FROM run_gaps WHERE run_id = ? AND filled_to < to_seq ORDER BY from_seq',
    );
    this.putFilled = db.prepare(
      'UPDATE run_gaps SET filled_to = ?, pin_sku = ? WHERE run_id = ? AND from_seq = ?',
    );
    this.getCoverage = db.prepare(
      `SELECT coalesce(sum(to_seq - filled_to), 0) AS missing,
         coalesce(sum(CASE WHEN log_base IS NULL THEN 0 ELSE to_seq - filled_to END), 0) AS fillable
       FROM run_gaps WHERE run_id = ?`,
    );
    this.getPin = db.prepare('SELECT sku FROM review_pin WHERE run_id = ?');
    this.putPin = db.prepare(
      `INSERT INTO review_pin (run_id, sku) VALUES (?, ?)
       ON CONFLICT (run_id) DO UPDATE SET sku = excluded.sku`,
    );
    this.insertAt = db.prepare(
      'INSERT INTO run_log (seq, run_id, at, kind, payload) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertEvent = new EventInsert(db);
    this.rollup = new OrderRollup(db);
  }

  journalSeq(runId: number): number {
    return this.getJournalSeq.get(runId)?.journal_seq ?? 0;
  }

  setJournalSeq(runId: number, seq: number): void {
    this.putJournalSeq.run(seq, runId);
  }

  /**
   * Records the gap `fromSeq`..`toSeq` with run log positions reserved for it, and returns the
   * position the entry that follows it (the snapshot) must take. Inside the caller's transaction.
   */
  reserveGap(runId: number, fromSeq: number, toSeq: number): number {
    const logBase = (this.lastLogSeq.get()?.last ?? 0) + 1;
    const pinSku = this.getPin.get(runId)?.sku ?? null;
    this.insertGap.run(runId, fromSeq, toSeq, logBase, fromSeq - 1, pinSku);
    return logBase + (toSeq - fromSeq + 1);
  }

  /** Appends an entry at a position of the caller's choosing (after a reservation). */
  appendAt(logSeq: number, runId: number, kind: RunLogKind, payload: unknown, at: number): void {
    this.insertAt.run(logSeq, runId, at, kind, JSON.stringify(payload));
  }

  /** The gaps a backfill can still fill, oldest first. */
  fillableGaps(runId: number): LogGap[] {
    return this.getGaps
      .all(runId)
      .map(toGap)
      .filter((gap) => gap.logBase !== null);
  }

  coverage(runId: number): JournalCoverage {
    return this.getCoverage.get(runId) ?? { missing: 0, fillable: 0 };
  }

  /**
   * Journals the gap's next events (consecutive from `filledTo + 1`) at their reserved positions,
   * with the review rollup seeing the pin as it was there, in one transaction. Returns the gap
   * as it is afterwards.
   */
  fill(gap: LogGap, events: readonly ServerEvent[]): LogGap {
    const { logBase } = gap;
    if (logBase === null) throw new Error('this gap has no reserved log positions');
    return this.db.transaction(() => {
      const livePin = this.getPin.get(gap.runId)?.sku ?? null;
      this.putPin.run(gap.runId, gap.pinSku);
      const rollup = this.rollup.begin(gap.runId);
      let filledTo = gap.filledTo;
      for (const event of events) {
        if (event.seq !== filledTo + 1 || event.seq > gap.toSeq) {
          throw new Error(`history event ${event.seq} does not follow ${filledTo}`);
        }
        const position = logBase + (event.seq - gap.fromSeq);
        this.insertEvent.run(position, gap.runId, event.at, event);
        rollup.add(position, event);
        filledTo = event.seq;
      }
      rollup.write();
      const pinSku = this.getPin.get(gap.runId)?.sku ?? null;
      this.putPin.run(gap.runId, livePin);
      this.putFilled.run(filledTo, pinSku, gap.runId, gap.fromSeq);
      return { ...gap, filledTo, pinSku };
    })();
  }
}
