import { join } from 'node:path';
import { ensureBuilt } from '../../../src/main/web/ensure-built';
import { projectPaths } from '../../../src/main/web/project-paths';

/** Builds the app once before any test, rather than in each test's browser host. */
export default function globalSetup(): void {
  const { root, rendererDir } = projectPaths();
  ensureBuilt(root, [
    join(rendererDir, 'index.html'),
    join(root, 'out', 'main', 'index.js'),
    join(root, 'out', 'preload', 'index.cjs'),
  ]);
}
