import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the app with electron-vite when the renderer has not been built yet. The build's output
 * goes to stderr so stdout stays reserved for the host's own lines.
 */
export function ensureRendererBuilt(root: string, rendererDir: string): void {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  process.stderr.write('Building the console (out/renderer is missing)...\n');
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0 || !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('Building the renderer failed; run npx electron-vite build to see why');
  }
}
