import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvWorkerFile } from '../../../src/main/core/review/csv-worker-file';

const root = join(import.meta.dirname, '../../..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as {
  files: string[];
  asarUnpack: string[];
};
/** Whether asarUnpack takes the file: a folder's globs ("dir/**") or the file's own path. */
const unpacked = (file: string) =>
  config.asarUnpack.some((glob) =>
    glob.endsWith('/**') ? file.startsWith(glob.slice(0, -2)) : file === glob,
  );

describe("the CSV export's worker in the packaged app", () => {
  const resources = join('/opt', 'Showdesk', 'resources');
  const inArchive = join(resources, 'app.asar', 'out', 'main');
  const outOfArchive = join(resources, 'app.asar.unpacked', 'out', 'main');

  it('is started from app.asar.unpacked, not from inside app.asar', () => {
    const files = new Set([join(outOfArchive, 'csv-part-worker.js')]);
    expect(csvWorkerFile(inArchive, (file) => files.has(file))).toBe(
      join(outOfArchive, 'csv-part-worker.js'),
    );
  });

  it('is found beside the built core or in the folder above a chunk', () => {
    const built = join(root, 'out', 'main');
    const files = new Set([join(built, 'csv-part-worker.js')]);
    const exists = (file: string) => files.has(file);
    expect(csvWorkerFile(built, exists)).toBe(join(built, 'csv-part-worker.js'));
    expect(csvWorkerFile(join(built, 'chunks'), exists)).toBe(join(built, 'csv-part-worker.js'));
    expect(csvWorkerFile(join(inArchive, 'chunks'), () => false)).toBe(
      join(outOfArchive, 'csv-part-worker.js'),
    );
  });

  it('has its script, its chunks, its package scope and better-sqlite3 unpacked', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    for (const file of [
      'out/main/csv-part-worker.js',
      'out/main/export-csv-DzOMKKOu.js',
      'out/main/rolldown-runtime-C1I3wEg2.js',
      // Its "type": "module" makes the .js files ES modules (else Node guesses from the syntax).
      'package.json',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/package.json',
    ]) {
      expect(unpacked(file), file).toBe(true);
    }
    expect(unpacked('out/renderer/index.html')).toBe(false);
  });
});
