import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The better-sqlite3 module built for this Electron by scripts/ensure-native.mjs, kept apart from
 * the Node build in node_modules so tests and the app never overwrite each other's build.
 */
export function electronNativeBinding(
  appRoot: string,
  electronVersion: string,
): string | undefined {
  const file = join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
