import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `from` that holds package.json (run from src/ or out/). */
function checkoutRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** Where this checkout keeps what the browser host serves and reads. */
export function projectPaths() {
  const root = checkoutRoot(import.meta.dirname);
  return {
    root,
    rendererDir: resolve(root, 'out', 'renderer'),
    resourcesDir: resolve(root, 'resources'),
  };
}
