import type { Db } from '../store/database';

/** A run log entry as the statement's raw row: seq, time, kind, payload (JSON text). */
export type LogTuple = [seq: number, at: number, kind: string, payload: string];

/** Entries per chunk: about a megabyte of export text, a few ms of the event loop. */
export const CHUNK_ROWS = 5_000;

export interface ChunkFilter {
  /** The columns of each row, seq first (default: LogTuple's). */
  columns?: string;
  /** Entries of these kinds... */
  kinds?: readonly string[];
  /** ...or server events of these types (column event_type); both empty or absent: every entry. */
  eventTypes?: readonly string[];
  rows?: number;
  /** Only entries after this seq... */
  after?: number;
  /** ...and up to this one (a part of the log; default: to its end). */
  upTo?: number;
}

const placeholders = (list: readonly string[]) => list.map(() => '?').join(', ');

/**
 * Reads a run's log a chunk at a time, by seq (keyset), so that a long export neither loads the
 * whole log nor keeps a statement open while it waits for the disk: the connection stays free
 * for the live sync between chunks. `handle` gets each chunk's rows as arrays (the statement's
 * raw rows: no object per entry), already iterated; `Row` is the tuple of `filter.columns`.
 */
export async function forEachLogChunk<Row extends [seq: number, ...unknown[]] = LogTuple>(
  db: Db,
  runId: number,
  filter: ChunkFilter,
  handle: (rows: Row[]) => Promise<void>,
): Promise<void> {
  const kinds = filter.kinds ?? [];
  const types = filter.eventTypes ?? [];
  const either = [
    kinds.length > 0 ? `kind IN (${placeholders(kinds)})` : null,
    types.length > 0 ? `event_type IN (${placeholders(types)})` : null,
  ].filter((part) => part !== null);
  const where = either.length === 0 ? '' : `AND (${either.join(' OR ')})`;
  const upTo = filter.upTo ?? Number.MAX_SAFE_INTEGER;
  const statement = db
    .prepare(
      `SELECT ${filter.columns ?? 'seq, at, kind, payload'} FROM run_log_entries
       WHERE run_id = ? AND seq > ? AND seq <= ? ${where}
       ORDER BY seq LIMIT ?`,
    )
    .raw();
  const limit = filter.rows ?? CHUNK_ROWS;
  let after = filter.after ?? 0;
  for (;;) {
    const rows = statement.all(runId, after, upTo, ...kinds, ...types, limit) as Row[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1][0];
    await handle(rows);
    if (rows.length < limit) return;
  }
}

export function countLogEntries(db: Db, runId: number): number {
  return db.prepare('SELECT count(*) FROM run_log WHERE run_id = ?').pluck().get(runId) as number;
}
