import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { csvWorkerFile } from '../../../src/main/core/review/csv-worker-file';
import { openDatabase } from '../../../src/main/core/store/database';
import { ensureBuilt } from '../../../src/main/web/ensure-built';
import { builtExportModule } from '../../support/built-export-module';
import { handwrittenRun, T0 } from '../../unit/review/log-writer';
import { ordersCsvBytes } from '../review/orders-csv-bytes';

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

/** The built worker's script and the chunks it imports, each as its path in the project. */
function builtWorkerFiles(script: string): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, chunk] of text.matchAll(/from "\.\/([^"]+)"/g)) visit(join(dirname(file), chunk));
  };
  visit(script);
  return [...files];
}

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

  it('has its script, the chunks it imports, its package scope and better-sqlite3 unpacked', () => {
    ensureBuilt(root, [join(root, 'out/main/csv-part-worker.js')]);
    expect(builtWorkerFiles('out/main/csv-part-worker.js').length).toBeGreaterThan(1);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    for (const file of [
      ...builtWorkerFiles('out/main/csv-part-worker.js'),
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

/**
 * What electron-builder puts in app.asar.unpacked (asarUnpack): copied from the project into
 * `unpacked`, and nothing else, as a packaged app has it beside its archive.
 */
function unpackInto(unpacked: string): void {
  for (const glob of config.asarUnpack) {
    const path = glob.endsWith('/**') ? glob.slice(0, -3) : glob;
    cpSync(join(root, path), join(unpacked, path), { recursive: true });
  }
}

describe("the CSV export's built worker, run under Node", () => {
  const dir = mkdtempSync(join(tmpdir(), 'showdesk-csv-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const built = join(root, 'out', 'main');
  ensureBuilt(root, [join(built, 'csv-part-worker.js')]);
  const { db } = openDatabase(join(dir, 'showdesk.db'));
  const log = handwrittenRun({ db });
  log.product('A', 10_000, 1990, T0, 'Durian');
  log.product('B', 10_000, 990, T0 + 1, 'Coconut');
  for (let i = 0; i < 400; i++) {
    if (i % 50 === 0) log.pin(i % 100 === 0 ? 'A' : 'B', T0 + 10 + i * 7);
    log.order(i % 3 === 0 ? 'B' : 'A', 1 + (i % 4), T0 + 10 + i * 7);
  }
  log.end(T0 + 10_000);
  const labels = new Map([
    ['A', { nameHost: 'Durian', nameAudience: '榴莲', currency: 'CNY' }],
    ['B', { nameHost: 'Coconut', nameAudience: '椰子', currency: 'CNY' }],
  ]);
  const module = builtExportModule(root, built);

  it('is started beside the built core and writes the bytes of the core-thread export', async () => {
    const single = await ordersCsvBytes(db, dir, log.run.id, labels, 0);
    const coreModule = pathToFileURL(join(built, module)).href;
    const parted = await ordersCsvBytes(db, dir, log.run.id, labels, 2, { coreModule });
    expect(parted.rows).toBe(400);
    expect(parted.bytes.equals(single.bytes)).toBe(true);
  }, 60_000);

  it('is started from app.asar.unpacked for a core in app.asar, from only the unpacked files', async () => {
    const resources = join(dir, 'resources');
    const unpacked = join(resources, 'app.asar.unpacked');
    unpackInto(unpacked);
    // The core runs from the archive, which is no folder on disk here: only the unpacked copy is.
    const coreModule = pathToFileURL(
      join(resources, 'app.asar', relative(root, built), module),
    ).href;
    const nativeBinding = join(
      unpacked,
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    const single = await ordersCsvBytes(db, dir, log.run.id, labels, 0);
    const parted = await ordersCsvBytes(db, dir, log.run.id, labels, 2, {
      coreModule,
      nativeBinding,
    });
    expect(parted.bytes.equals(single.bytes)).toBe(true);
  }, 60_000);
});
