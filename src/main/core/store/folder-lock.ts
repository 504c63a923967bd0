import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { preparePrivateFile } from './private-files';

/** The lock file: a SQLite file held in exclusive locking mode by the folder's one writer. */
export const LOCK_FILE = 'showdesk.lock';
/** Who holds the lock, written by the holder once it has it. */
export const HOLDER_FILE = 'showdesk.lock.json';

const Holder = z.object({
  pid: z.number().int(),
  host: z.string(),
  app: z.string(),
  startedAt: z.string(),
});
export type LockHolder = z.infer<typeof Holder>;

/** Another Showdesk process has the data folder open. */
export class DataFolderLockedError extends Error {
  readonly dataDir: string;
  readonly holder: LockHolder | null;

  constructor(dataDir: string, holder: LockHolder | null) {
    const who =
      holder === null
        ? 'another Showdesk process'
        : `another Showdesk (${holder.app}, process ${holder.pid} on ${holder.host}, started ${holder.startedAt})`;
    super(
      `The data folder ${dataDir} is in use by ${who}. Only one Showdesk may use a data folder ` +
        'at a time: close that one first (or switch to its window), or start this one with ' +
        'another data folder.',
    );
    this.name = 'DataFolderLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

export interface FolderLock {
  release(): void;
}

function readHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = Holder.safeParse(JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Takes the data folder's one-writer lock: an exclusive lock on <dataDir>/showdesk.lock held by
 * SQLite (POSIX or Windows file locks), so the operating system releases it when the process
 * ends in any way, kill -9 included. Throws DataFolderLockedError, naming the holder, when
 * another process (or another core in this one) has it.
 */
export function lockDataFolder(
  dataDir: string,
  app: string,
  nativeBinding: string | undefined,
): FolderLock {
  const file = join(dataDir, LOCK_FILE);
  preparePrivateFile(file);
  const db = nativeBinding ? new Database(file, { nativeBinding }) : new Database(file);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS lock (id INTEGER PRIMARY KEY); COMMIT');
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new DataFolderLockedError(dataDir, readHolder(dataDir));
    throw error;
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    app,
    startedAt: new Date().toISOString(),
  };
  const holderFile = join(dataDir, HOLDER_FILE);
  preparePrivateFile(holderFile);
  writeFileSync(holderFile, `${JSON.stringify(holder)}\n`);
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
