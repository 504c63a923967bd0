import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the packaged app's better-sqlite3 module sits, relative to the app's resources folder:
 * electron-builder rebuilds it for Electron and unpacks it from app.asar (asarUnpack in
 * electron-builder.json), since a native module cannot be loaded from inside an archive.
 */
export const PACKAGED_NATIVE_MODULE = [
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
] as const;

/** The packaged app's better-sqlite3 module, under `resourcesPath` (process.resourcesPath). */
export function packagedNativeBinding(resourcesPath: string): string {
  return join(resourcesPath, ...PACKAGED_NATIVE_MODULE);
}

/**
 * In a checkout: the better-sqlite3 module built for this Electron by scripts/ensure-native.mjs,
 * kept apart from the Node build in node_modules so tests and the app never overwrite each
 * other's build.
 */
export function electronNativeBinding(
  appRoot: string,
  electronVersion: string,
): string | undefined {
  const file = join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
