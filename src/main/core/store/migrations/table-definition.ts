import type { Database } from 'better-sqlite3';

/**
 * Rewrites a table's definition by the text of the schema alone, SQLite's documented procedure
 * for changes that leave every stored row as it is and valid (nullable columns added at the end,
 * a NOT NULL dropped, a CHECK every row already meets), without the pass over every row that
 * ALTER TABLE makes on a STRICT table or one with a CHECK. Inside the migration's transaction;
 * `verify` reads the result back and throws, rolling it all back, when it is not what was meant.
 */
export function rewriteTableDefinition(
  db: Database,
  table: string,
  rewrite: (sql: string) => string,
  verify: () => void,
): void {
  const sql = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table) as string;
  const changed = rewrite(sql);
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?").run(
      changed,
      table,
    );
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  verify();
}
