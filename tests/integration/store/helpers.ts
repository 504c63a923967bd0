import Database from 'better-sqlite3';

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
