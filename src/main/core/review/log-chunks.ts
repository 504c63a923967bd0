import type { Db } from '../store/database';
import type { LogRow } from './log-entry';

export const CHUNK_ROWS = 5_000;

/**
 * Reads a run's log a chunk at a time, by seq (keyset), so that a long export neither loads the
 * whole log nor keeps a statement open while it waits for the disk: the connection stays free
 * for the live sync between chunks. `handle` gets each chunk's rows, already iterated.
 */
export async function forEachLogChunk(
  db: Db,
  runId: number,
  options: { kinds?: readonly string[]; rows?: number },
  handle: (rows: LogRow[]) => Promise<void>,
): Promise<void> {
  const kinds = options.kinds ?? [];
  const filter = kinds.length === 0 ? '' : `AND kind IN (${kinds.map(() => '?').join(', ')})`;
  const statement = db.prepare(
    `SELECT seq, at, kind, payload FROM run_log WHERE run_id = ? AND seq > ? ${filter}
     ORDER BY seq LIMIT ?`,
  );
  const limit = options.rows ?? CHUNK_ROWS;
  let after = 0;
  for (;;) {
    const rows: LogRow[] = [];
    for (const row of statement.iterate(
      runId,
      after,
      ...kinds,
      limit,
    ) as IterableIterator<LogRow>) {
      rows.push(row);
    }
    if (rows.length === 0) return;
    after = rows[rows.length - 1].seq;
    await handle(rows);
    if (rows.length < limit) return;
  }
}

export function countLogEntries(db: Db, runId: number): number {
  return db.prepare('SELECT count(*) FROM run_log WHERE run_id = ?').pluck().get(runId) as number;
}
