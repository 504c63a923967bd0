import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/store/database';
import { PROGRESS_ROWS, type ProductLabel } from '../../../src/main/core/review/export-csv';
import { writeOrdersCsvInParts } from '../../../src/main/core/review/export-csv-parts';
import { RANGES_AHEAD } from '../../../src/main/core/review/csv-part';
import { ExportWriter } from '../../../src/main/core/review/export-files';
import { RunIndexCache } from '../../../src/main/core/review/run-index';
import { runSummary } from '../../../src/main/core/review/run-list';
import { handwrittenRun, T0 } from '../../unit/review/log-writer';
import { waitFor } from '../../support/console-core';
import { ordersCsvBytes } from './orders-csv-bytes';

process.env.TZ = 'Asia/Bangkok';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LABELS = new Map<string, ProductLabel>([
  ['A', { nameHost: 'Durian, whole', nameAudience: '金枕榴莲', currency: 'CNY' }],
]);
/** Entries per range, as many as progress counts between two reports. */
const RANGE = PROGRESS_ROWS;
const PARTS = 2;

/** The CSV rows in a piece of the file: its line ends. */
function lineEnds(text: string | Uint8Array): number {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let count = 0;
  for (const byte of bytes) if (byte === 0x0a) count += 1;
  return count;
}

describe('a CSV export thread waiting for the file', () => {
  it('stays at most RANGES_AHEAD ranges ahead and holds no read transaction while it waits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-csv-wait-'));
    dirs.push(dir);
    const { db } = openDatabase(join(dir, 'showdesk.db'));
    const log = handwrittenRun({ db });
    log.product('A', 1_000_000, 500, T0 + 100, 'Durian');
    log.showState('live', T0 + 300);
    const orders = 6 * RANGE;
    db.transaction(() => {
      for (let i = 0; i < orders; i++) log.order('A', 1, T0 + 1_000 + i * 10);
    })();
    log.end(T0 + 1_000 + orders * 10);
    const runId = log.run.id;
    const single = await ordersCsvBytes(db, dir, runId, LABELS, 0);

    // The file takes the header, then stalls on the first range's bytes until released.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writer = await ExportWriter.create(join(dir, 'stalled.csv'));
    const write = writer.write.bind(writer);
    const progress: number[] = [];
    // Rows written to the file, and the most the threads had posted beyond them at any write.
    let written: number | null = null;
    let mostAhead = 0;
    writer.write = async (text) => {
      if (written === null) written = 0;
      else {
        await released;
        mostAhead = Math.max(mostAhead, (progress.at(-1) ?? 0) - written);
        written += lineEnds(text);
      }
      return write(text);
    };
    const index = new RunIndexCache(db).get(runId);
    if (index === undefined) throw new Error('no run');
    const exported = writeOrdersCsvInParts(
      db,
      runSummary(db, runId),
      index.time,
      LABELS,
      writer,
      (done) => progress.push(done),
      { parts: PARTS, rangeEntries: RANGE },
    );

    const ahead = PARTS * RANGES_AHEAD * RANGE;
    await waitFor(
      () => (progress.at(-1) ?? 0) >= ahead - RANGE - PROGRESS_ROWS,
      'the threads to make their ranges ahead of the file',
    );
    // While the threads wait, the WAL is checkpointed whole (TRUNCATE waits for every reader of
    // it, up to the busy timeout): a thread that kept its read transaction held it for the whole
    // export.
    db.exec('CREATE TABLE scratch (x INTEGER)');
    await waitFor(() => {
      db.prepare('INSERT INTO scratch (x) VALUES (1)').run();
      const [{ busy }] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return busy === 0;
    }, 'a WAL checkpoint past the waiting threads');
    expect(progress.at(-1)).toBeLessThanOrEqual(ahead);

    release();
    expect(await exported).toBe(orders);
    expect(mostAhead).toBeLessThanOrEqual(ahead);
    await writer.finish();
    expect(readFileSync(writer.path).equals(single.bytes)).toBe(true);
    db.close();
  }, 60_000);
});
