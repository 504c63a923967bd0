/**
 * The one migration runner, for the console's database and the sale server's ledger: numbered
 * migrations in one list, checked to rise 1, 2, 3, ..., all pending ones applied in one
 * transaction with the new version recorded in user_version, and a database from a newer build
 * refused untouched.
 */

/** One schema step. Versions start at 1 and rise by one per migration. */
export interface Migration<Db> {
  version: number;
  name: string;
  up(db: Db): void;
}

/** The part of a SQLite connection (better-sqlite3's Database) the runner uses. */
export interface MigratableDb {
  pragma(source: string, options: { simple: true }): unknown;
  transaction(fn: () => void): () => void;
}

export interface MigrationOutcome {
  from: number;
  to: number;
}

/** Throws unless the versions are 1, 2, 3, ... with no gap, repeat or reordering. */
export function checkMigrationList(migrations: readonly Migration<never>[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration list is out of order: entry ${index + 1} (${migration.name}) has version ` +
          `${migration.version}, expected ${index + 1}`,
      );
    }
  });
}

export function latestVersion(migrations: readonly Migration<never>[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function readUserVersion(db: MigratableDb): number {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('cannot read the database version');
  return version;
}

/**
 * Applies every pending migration and records the new version, all in one transaction: either the
 * database reaches the latest version or it stays exactly as it was. A database past the list is
 * refused with the error `tooNew` makes.
 */
export function applyMigrations<Db extends MigratableDb>(
  db: Db,
  migrations: readonly Migration<Db>[],
  tooNew: (found: number, known: number) => Error,
): MigrationOutcome {
  checkMigrationList(migrations);
  const from = readUserVersion(db);
  const to = latestVersion(migrations);
  if (from > to) throw tooNew(from, to);
  if (from === to) return { from, to };
  db.transaction(() => {
    for (const migration of migrations.slice(from)) migration.up(db);
    db.pragma(`user_version = ${to}`, { simple: true });
  })();
  return { from, to };
}
