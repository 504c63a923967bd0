import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { backupAtOnce, newestBackupFile } from './backups';
import { CorruptDatabaseError, NewerDatabaseError } from './errors';
import { isCorruptionError, quickCheck } from './integrity';
import {
  applyMigrations,
  checkMigrationList,
  latestVersion,
  readUserVersion,
  type MigrationOutcome,
} from '../../../shared/migrations';
import { MIGRATIONS, type Migration } from './migrations';
import { applyWalPolicy } from './wal';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 .node file built for the running runtime (Electron or Node). */
  nativeBinding?: string;
  /** Only for tests of the migration machinery; the app always uses the built-in list. */
  migrations?: readonly Migration[];
  /**
   * The data folder: a migration is preceded by a backup in its backups folder, and a damaged
   * database's message names the newest backup there. Without it (tests), no backup is taken.
   */
  dataDir?: string;
}

export interface OpenedDatabase {
  db: Db;
  migration: MigrationOutcome;
}

/**
 * Whether the database was left without a clean close: its WAL file is still there. The last
 * connection to close checkpoints the WAL and deletes the file (the core's close is the last,
 * wal-checkpointer.ts), so after a clean shutdown there is none.
 */
function closedUncleanly(file: string): boolean {
  return existsSync(`${file}-wal`);
}

/**
 * Opens (or creates) the Showdesk database, refuses one written by a newer app, one that is no
 * database, or, after an unclean shutdown, one failing SQLite's quick check (CorruptDatabaseError)
 * before changing anything, then sets the connection up, backs the file up when a migration is
 * pending and applies the migrations in one transaction. After a clean shutdown the quick check
 * (0.7-1.3 s at 1,000,000 orders) is left to the full check the core runs in the background
 * (storage-keeper.ts), which reports damage on the storage screen.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const unclean = closedUncleanly(file);
  const db = options.nativeBinding
    ? new Database(file, { nativeBinding: options.nativeBinding })
    : new Database(file);
  try {
    const fileVersion = readUserVersion(db);
    const appVersion = latestVersion(migrations);
    if (fileVersion > appVersion) throw new NewerDatabaseError(file, fileVersion, appVersion);
    const problems = unclean ? quickCheck(db) : [];
    if (problems.length > 0) throw new CorruptDatabaseError(file, problems, newestBackup(options));
    db.pragma('busy_timeout = 5000');
    applyWalPolicy(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (options.dataDir !== undefined && fileVersion > 0 && fileVersion < appVersion) {
      backupAtOnce(db, options.dataDir, 'before-migration');
    }
    const migration = applyMigrations(
      db,
      migrations,
      (found, known) => new NewerDatabaseError(file, found, known),
    );
    return { db, migration };
  } catch (error) {
    db.close();
    if (isCorruptionError(error)) {
      throw new CorruptDatabaseError(file, [(error as Error).message], newestBackup(options));
    }
    throw error;
  }
}

function newestBackup(options: OpenDatabaseOptions): string | null {
  return options.dataDir === undefined ? null : newestBackupFile(options.dataDir);
}
