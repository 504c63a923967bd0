import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../src/main/core/store/database';
import { writeOrdersCsv, type ProductLabel } from '../../../src/main/core/review/export-csv';
import { writeOrdersCsvInParts } from '../../../src/main/core/review/export-csv-parts';
import { ExportWriter } from '../../../src/main/core/review/export-files';
import { RunIndexCache } from '../../../src/main/core/review/run-index';
import { runSummary } from '../../../src/main/core/review/run-list';

/**
 * The orders CSV of a run written into `dir`: in the core's thread (`parts` 0) or in that many
 * worker threads (started for `threads.coreModule`, with `threads.nativeBinding`, the log
 * in ranges of `threads.rangeEntries`: see writeOrdersCsvInParts); its bytes, its row count and the progress reported.
 */
export async function ordersCsvBytes(
  db: Db,
  dir: string,
  runId: number,
  labels: ReadonlyMap<string, ProductLabel>,
  parts: number,
  threads: { coreModule?: string; nativeBinding?: string; rangeEntries?: number } = {},
): Promise<{ bytes: Buffer; rows: number; progress: number[] }> {
  const run = runSummary(db, runId);
  const index = new RunIndexCache(db).get(runId);
  if (index === undefined) throw new Error('no run');
  const writer = await ExportWriter.create(join(dir, `run ${runId} in ${parts}.csv`));
  const progress: number[] = [];
  const report = (done: number) => progress.push(done);
  const rows =
    parts === 0
      ? await writeOrdersCsv(db, run, index.time, labels, writer, report)
      : await writeOrdersCsvInParts(db, run, index.time, labels, writer, report, {
          parts,
          ...threads,
        });
  await writer.finish();
  return { bytes: readFileSync(writer.path), rows, progress };
}
