import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CsvPartJob, CsvPartMessage } from './csv-part';
import { ORDER_LOG_FILTER, orderCsvRows, pinnedAfter } from './export-csv';
import type { OrderRow } from './order-entries';
import { forEachLogChunk } from './log-chunks';
import { Utf8Batches } from './utf8-batches';
import { WALL_TIME, showTimeBase } from './time-base';

/**
 * A worker thread of the CSV export (export-csv-parts.ts): the CSV rows of one part of a run's
 * log, read in one read transaction (one snapshot, beside the core's writes: WAL) on its own
 * read-only connection, the pinned product taken as the log before the part left it. The rows
 * are encoded here into megabyte buffers (Utf8Batches): the part the core writes as it comes
 * posts each buffer, transferred, not copied; a part the core writes later writes each to its
 * spill file, so that no part's text waits in memory, and posts its count. A message or a write
 * per chunk of 500 rows cost 0.2-0.4 s of CPU a part at 500,000 orders.
 */
async function writePart(
  job: CsvPartJob,
  post: (message: CsvPartMessage, transfer?: ArrayBuffer[]) => void,
) {
  const spill = job.spill === null ? null : openSync(job.spill, 'w');
  const batches = new Utf8Batches((bytes, count) => {
    if (spill === null) post({ type: 'rows', bytes, count }, [bytes.buffer]);
    else {
      writeSync(spill, bytes);
      post({ type: 'rows', bytes: null, count });
    }
  });
  const db = job.nativeBinding
    ? new Database(job.file, { readonly: true, nativeBinding: job.nativeBinding })
    : new Database(job.file, { readonly: true });
  try {
    db.exec('BEGIN');
    const time =
      job.showClock === null ? WALL_TIME : showTimeBase(job.showClock.line, job.showClock.zeroAt);
    const rowsOf = orderCsvRows(
      job.run,
      time,
      new Map(job.products),
      pinnedAfter(db, job.run.id, job.after),
    );
    const filter = { ...ORDER_LOG_FILTER, after: job.after, upTo: job.upTo };
    await forEachLogChunk<OrderRow>(db, job.run.id, filter, async (rows) => {
      const { text, count } = rowsOf(rows);
      if (count > 0) batches.add(text, count);
    });
    db.exec('COMMIT');
    batches.end();
    post({ type: 'done' });
  } finally {
    db.close();
    if (spill !== null) closeSync(spill);
  }
}

const port = parentPort;
if (port !== null) {
  // A failure rejects unhandled, which ends the thread with an 'error' to the export.
  void writePart(workerData as CsvPartJob, (message, transfer) =>
    port.postMessage(message, transfer),
  );
}
