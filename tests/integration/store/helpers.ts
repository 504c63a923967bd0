import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed after it. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-test-'));
    dirs.push(dir);
    return dir;
  };
}

/**
 * Every table's rows, the schema and user_version, read through a separate read-only connection:
 * two equal dumps mean the database content did not change.
 */
export function dumpDatabase(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const schema = db
      .prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')
      .all() as { type: string; name: string; sql: string | null }[];
    const tables = schema
      .filter((entry) => entry.type === 'table')
      .map((entry) => ({
        name: entry.name,
        rows: db.prepare(`SELECT * FROM "${entry.name}" ORDER BY rowid`).all(),
      }));
    const userVersion = db.pragma('user_version', { simple: true });
    return JSON.stringify({ userVersion, schema, tables });
  } finally {
    db.close();
  }
}
