export const REBUILD_NATIVE_COMMAND = 'npm run rebuild:native';

/**
 * When better-sqlite3 could not load its compiled module (built for another runtime, or missing),
 * the one line that tells the operator how to fix it; undefined for any other error.
 */
export function nativeLoadHint(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const native =
    message.includes('NODE_MODULE_VERSION') ||
    message.includes('better_sqlite3.node') ||
    message.includes('Could not locate the bindings file');
  return native
    ? `The SQLite module (better-sqlite3) is not built for this runtime. Run: ${REBUILD_NATIVE_COMMAND}`
    : undefined;
}
