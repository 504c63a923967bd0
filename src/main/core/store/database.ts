import Database from 'better-sqlite3';
import { NewerDatabaseError } from './errors';
import {
  applyMigrations,
  checkMigrationList,
  latestVersion,
  readUserVersion,
  type MigrationOutcome,
} from '../../../shared/migrations';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 .node file built for the running runtime (Electron or Node). */
  nativeBinding?: string;
  /** Only for tests of the migration machinery; the app always uses the built-in list. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  db: Db;
  migration: MigrationOutcome;
}

/**
 * Opens (or creates) the Showdesk database, refuses one written by a newer app before changing
 * anything, then sets the connection up and applies pending migrations in one transaction.
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
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const migration = applyMigrations(
      db,
      migrations,
      (found, known) => new NewerDatabaseError(file, found, known),
    );
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
