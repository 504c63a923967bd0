import { join, sep } from 'node:path';

/** The built worker's file name: electron-vite's entry of that name (electron.vite.config.ts). */
const WORKER_FILE = 'csv-part-worker.js';

/** The archive of a packaged app as a folder of its path, and where its unpacked files are. */
const ARCHIVE = `${sep}app.asar${sep}`;
const UNPACKED = `${sep}app.asar.unpacked${sep}`;

/**
 * The built CSV worker's file for a module of the built core in `moduleDir`: beside it (a chunk
 * in out/main) or in the folder above (a chunk in a folder of its own). In a packaged app the
 * core runs from app.asar, but the worker is started from app.asar.unpacked, where
 * electron-builder puts a real copy of out/main and package.json (asarUnpack in
 * electron-builder.json): a worker thread then loads its script, its chunks and better-sqlite3
 * from the disk as Node does anywhere, whatever the Electron version's archive support in worker
 * threads and in their ES module loader. `exists` is fs.existsSync, a parameter for tests.
 */
export function csvWorkerFile(moduleDir: string, exists: (file: string) => boolean): string {
  const dir = moduleDir.includes(ARCHIVE) ? moduleDir.replace(ARCHIVE, UNPACKED) : moduleDir;
  const beside = join(dir, WORKER_FILE);
  return exists(beside) ? beside : join(dir, '..', WORKER_FILE);
}
