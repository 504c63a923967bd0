import type { Database } from 'better-sqlite3';
import type { Migration as SchemaStep } from '../../../../shared/migrations';

/** One schema step of the console's database. */
export type Migration = SchemaStep<Database>;
