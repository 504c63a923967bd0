import Database from 'better-sqlite3';

/** A table's rows in a stable order: by rowid, or by its primary key when it has no rowid. */
function rowOrder(db: Database.Database, table: string): string {
  const { wr } = db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').get(table) as {
    wr: number;
  };
  if (wr === 0) return 'rowid';
  const columns = db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table) as {
    name: string;
    pk: number;
  }[];
  return columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => `"${column.name}"`)
    .join(', ');
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
        rows: db
          .prepare(`SELECT * FROM "${entry.name}" ORDER BY ${rowOrder(db, entry.name)}`)
          .all(),
      }));
    const userVersion = db.pragma('user_version', { simple: true });
    return JSON.stringify({ userVersion, schema, tables });
  } finally {
    db.close();
  }
}
