import type { Database } from 'better-sqlite3';

/**
 * Runs `work` inside one transaction: it commits when `work` returns and rolls back when it
 * throws (the error is rethrown). Nested calls become savepoints. `work` must be synchronous; a
 * function that returns a promise is rolled back, since its writes would land after the commit.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(() => {
    const result = work();
    if (isThenable(result)) {
      throw new TypeError('inTransaction needs a synchronous function; nothing was written');
    }
    return result;
  })();
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'then' in value &&
    typeof (value as { then: unknown }).then === 'function'
  );
}
