import type { Database } from 'better-sqlite3';
import { migration001Lineup } from './001-lineup';
import { migration002Runs } from './002-runs';
import { migration003Sync } from './003-sync';
import { migration004Review } from './004-review';
import { migration005OnAir } from './005-onair';
import { migration006CurrencyMinorUnits } from './006-currency-minor-units';
import { migration007History } from './007-history';
import { migration008Audience } from './008-audience';
import { migration009RollupInBatches } from './009-rollup-in-batches';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration the app knows, oldest first. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Lineup,
  migration002Runs,
  migration003Sync,
  migration004Review,
  migration005OnAir,
  migration006CurrencyMinorUnits,
  migration007History,
  migration008Audience,
  migration009RollupInBatches,
];

/** Throws unless the versions are 1, 2, 3, ... with no gap, repeat or reordering. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration list is out of order: entry ${index + 1} (${migration.name}) has version ` +
          `${migration.version}, expected ${index + 1}`,
      );
    }
  });
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
}

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Applies every pending migration and records the new version, all in one transaction: either the
 * database reaches the latest version or it stays exactly as it was. The caller has already
 * refused a database newer than the list.
 */
export function applyMigrations(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  checkMigrationList(migrations);
  const from = readUserVersion(db);
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from };
  const to = latestVersion(migrations);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}
