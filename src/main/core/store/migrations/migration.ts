import type { Database } from 'better-sqlite3';

/** One schema step. Versions start at 1 and rise by one per migration. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
