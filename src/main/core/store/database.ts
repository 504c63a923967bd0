import Database from 'better-sqlite3';
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
 * Opens (or creates) the Showdesk database, refuses one written by a newer app or failing
 * SQLite's quick check (CorruptDatabaseError) before changing anything, then sets the connection
 * up, backs the file up when a migration is pending and applies the migrations in one transaction.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const db = options.nativeBinding
    ? new Database(file, { nativeBinding: options.nativeBinding })
    : new Database(file);
  try {
    const fileVersion = readUserVersion(db);
    const appVersion = latestVersion(migrations);
    if (fileVersion > appVersion) throw new NewerDatabaseError(file, fileVersion, appVersion);
    const problems = quickCheck(db);
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
