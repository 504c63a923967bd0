import { resolve } from 'node:path';

/** Where this checkout keeps what the browser host serves and reads. */
export function projectPaths() {
  const root = resolve(import.meta.dirname, '..', '..', '..');
  return {
    root,
    rendererDir: resolve(root, 'out', 'renderer'),
    resourcesDir: resolve(root, 'resources'),
  };
}
