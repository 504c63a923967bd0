import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../../src/main/web/ensure-built';

/** The built CSV export's worker script (electron.vite.config.ts). */
export const BUILT_CSV_WORKER = 'csv-part-worker.js';

/**
 * The built module of the core that starts the CSV export's threads, as its path in `built`
 * (out/main): the one chunk that names the worker's script. The app is built first if the
 * worker is missing.
 */
export function builtExportModule(root: string, built: string): string {
  ensureBuilt(root, [join(built, BUILT_CSV_WORKER)]);
  const files = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.js') && file !== BUILT_CSV_WORKER,
  );
  const starting = files.filter((file) =>
    readFileSync(join(built, file), 'utf8').includes(BUILT_CSV_WORKER),
  );
  if (starting.length !== 1) {
    throw new Error(
      `${starting.length} built modules start the CSV worker: ${starting.join(', ')}`,
    );
  }
  return starting[0];
}

/** builtExportModule's file URL: writeOrdersCsvInParts's `coreModule` for the built worker. */
export function builtExportModuleUrl(root: string, built: string): string {
  return pathToFileURL(join(built, builtExportModule(root, built))).href;
}
