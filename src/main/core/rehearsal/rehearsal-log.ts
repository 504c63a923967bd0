import type { Statement } from 'better-sqlite3';
import { REHEARSAL_LOG_KIND, type RehearsalLogEntry } from '../../../shared/model/rehearsal';
import type { Db } from '../store/database';
import { prepareEntryInsert } from '../sync/run-log';

/** Appends a rehearsal's own entries (controls, clock) to its run's log. */
export class RehearsalLog {
  private readonly insert: Statement<[number, number, string, string]>;

  constructor(db: Db) {
    this.insert = prepareEntryInsert(db);
  }

  append(runId: number, entry: RehearsalLogEntry, at = Date.now()): void {
    this.insert.run(runId, at, REHEARSAL_LOG_KIND, JSON.stringify(entry));
  }
}
