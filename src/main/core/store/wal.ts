import { statSync } from 'node:fs';
import type { Db } from './database';

/**
 * The write-ahead log's policy (docs/reliability.md): SQLite checkpoints on its own once the WAL
 * holds this many pages (4 MiB at 4 KiB pages), and after a checkpoint cuts the file back to
 * JOURNAL_SIZE_LIMIT, so one large transaction cannot leave a large WAL behind. The core's store
 * turns the automatic checkpoints off and leaves them to a thread (wal-checkpointer.ts).
 */
export const WAL_AUTOCHECKPOINT_PAGES = 1000;
export const JOURNAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

export function applyWalPolicy(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
}

/**
 * Copies the whole WAL into the database and empties the file (at the end of a run and when the
 * store closes). Returns false when a reader kept part of it (it goes at the next checkpoint).
 */
export function checkpointWal(db: Db): boolean {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return row?.busy === 0;
}

/** The WAL file's size now (0 when there is none). */
export function walBytes(databaseFile: string): number {
  try {
    return statSync(`${databaseFile}-wal`).size;
  } catch {
    return 0;
  }
}
