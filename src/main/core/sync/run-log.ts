import type { Statement } from 'better-sqlite3';
import type { RunLogKind } from '../../../shared/model/live';
import type { Db } from '../store/database';

/** How much of a rejected message the run log keeps. */
export const COPY_LIMIT = 2000;

/** A JSON text of `value`, cut to `limit` characters; never throws. */
export function truncatedCopy(value: unknown, limit = COPY_LIMIT): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > limit ? `${text.slice(0, limit)}…(${text.length} chars)` : text;
}

/** Appends entries to the run log (table run_log, append-only). */
export class RunLog {
  private readonly insert: Statement<[number, number, string, string]>;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)');
  }

  append(runId: number, kind: RunLogKind, payload: unknown, at = Date.now()): void {
    this.insert.run(runId, at, kind, JSON.stringify(payload));
  }

  /** For an entry whose payload is already JSON text (a server event as stored). */
  appendJson(runId: number, kind: RunLogKind, json: string, at: number): void {
    this.insert.run(runId, at, kind, json);
  }
}
