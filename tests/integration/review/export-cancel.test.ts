import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors';
import type { ExportFormat, ExportProgress } from '../../../src/shared/model/review';
import { writeOrdersCsvInParts } from '../../../src/main/core/review/export-csv-parts';
import type { ProductLabel } from '../../../src/main/core/review/export-csv';
import { ExportWriter, exportsDir } from '../../../src/main/core/review/export-files';
import { ReviewService } from '../../../src/main/core/review/review-service';
import { RunIndexCache } from '../../../src/main/core/review/run-index';
import { runSummary } from '../../../src/main/core/review/run-list';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { handwrittenRun, T0 } from '../../unit/review/log-writer';

const ORDERS = 30_000;
const LABELS = new Map<string, ProductLabel>([
  ['A', { nameHost: 'Durian', nameAudience: '榴莲', currency: 'CNY' }],
]);

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name));
  dirs.push(dir);
  return dir;
};
const tmpBefore = process.env.TMPDIR;
afterEach(() => {
  if (tmpBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpBefore;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A finished live run of ORDERS orders of one product, journaled in one transaction. */
function longRun(db: Db): number {
  const log = handwrittenRun({ db });
  db.transaction(() => {
    log.product('A', ORDERS, 500, T0);
    log.showState('live', T0 + 1);
    for (let i = 0; i < ORDERS; i++) log.order('A', 1, T0 + 10 + i);
  })();
  log.end(T0 + ORDERS + 100);
  return log.run.id;
}

describe('cancelling an export under way', () => {
  it("ends the CSV export's threads, which write no temporary file, and removes the partial file", async () => {
    const dir = tempDir('showdesk-cancel-parts-');
    const { db } = openDatabase(join(dir, 'showdesk.sqlite'));
    const runId = longRun(db);
    const index = new RunIndexCache(db).get(runId);
    if (index === undefined) throw new Error('no run');
    // A temporary file would go under a folder of this test's own (each later part's spill file
    // did, read back and copied after the first part; tsx keeps its cache there too).
    const spills = tempDir('showdesk-cancel-spills-');
    process.env.TMPDIR = spills;
    const cancel = new AbortController();
    const reason = new Error('cancelled by the test');
    const writer = await ExportWriter.create(join(dir, 'orders.csv'), cancel.signal);
    const progress: number[] = [];
    const spilling: string[] = [];
    const writing = writeOrdersCsvInParts(
      db,
      runSummary(db, runId),
      index.time,
      LABELS,
      writer,
      (done) => {
        progress.push(done);
        spilling.push(...readdirSync(spills).filter((name) => name.startsWith('showdesk-')));
        cancel.abort(reason);
      },
      { parts: 3, signal: cancel.signal },
    );
    await expect(writing).rejects.toBe(reason);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBeLessThan(ORDERS);
    expect(spilling).toEqual([]);
    await writer.abandon();
    expect(readdirSync(dir).filter((name) => name.startsWith('orders'))).toEqual([]);
    db.close();
  }, 60_000);

  it.each<ExportFormat>(['csv', 'json'])(
    'of %s: the export fails as cancelled, nothing is left in the exports folder, and the next one completes',
    async (format) => {
      const dataDir = tempDir('showdesk-cancel-review-');
      const { db } = openDatabase(join(dataDir, 'showdesk.sqlite'));
      const runId = longRun(db);
      let cancelling: Promise<{ cancelled: number }> | null = null;
      const seen: ExportProgress[] = [];
      const review: ReviewService = new ReviewService({
        db,
        dataDir,
        progress: (progress) => {
          seen.push(progress);
          if (progress.done > 0 && cancelling === null) {
            cancelling = review.cancelExports(runId, format);
          }
        },
      });
      const error = await review.export(runId, format).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'conflict', message: 'The export was cancelled' });
      expect(await cancelling).toEqual({ cancelled: 1 });
      expect(readdirSync(exportsDir(dataDir))).toEqual([]);
      expect(seen.at(-1)?.done).toBeLessThan(seen.at(-1)?.total ?? 0);

      // Nothing to cancel now; the next export of the same run is whole.
      expect(await review.cancelExports(runId, format)).toEqual({ cancelled: 0 });
      cancelling = Promise.resolve({ cancelled: 0 });
      const done = await review.export(runId, format);
      expect(done.rows).toBeGreaterThanOrEqual(ORDERS);
      expect(readdirSync(exportsDir(dataDir))).toEqual([done.fileName]);
      db.close();
    },
    60_000,
  );
});
