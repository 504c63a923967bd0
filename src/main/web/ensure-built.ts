import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the app with electron-vite when any of the given built files is missing. The build's
 * output goes to stderr so stdout stays reserved for the host's own lines.
 */
export function ensureBuilt(root: string, builtFiles: readonly string[]): void {
  const missing = builtFiles.filter((file) => !existsSync(file));
  if (missing.length === 0) return;
  process.stderr.write(`Building the app (missing: ${missing.join(', ')})...\n`);
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0 || builtFiles.some((file) => !existsSync(file))) {
    throw new Error('Building the app failed; run npx electron-vite build to see why');
  }
}
