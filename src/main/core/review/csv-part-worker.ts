import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { RANGES_AHEAD, type CsvPartJob, type CsvPartMessage } from './csv-part';
import { ORDER_LOG_FILTER, orderCsvRows, pinnedAfter } from './export-csv';
import type { OrderRow } from './order-entries';
import { forEachLogChunk } from './log-chunks';
import { Utf8Batches } from './utf8-batches';
import { WALL_TIME, showTimeBase } from './time-base';

/**
 * The ranges posted and not yet written (the core posts RANGE_WRITTEN for each): `room` waits
 * while RANGES_AHEAD are, `stop` stops listening so that the thread can end.
 */
function rangeCredit(port: MessagePort) {
  let unwritten = 0;
  let wake: (() => void) | null = null;
  const written = () => {
    unwritten -= 1;
    wake?.();
    wake = null;
  };
  port.on('message', written);
  return {
    posted: () => {
      unwritten += 1;
    },
    async room() {
      while (unwritten >= RANGES_AHEAD) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    stop: () => port.off('message', written),
  };
}

/**
 * A worker thread of the CSV export (export-csv-parts.ts): the CSV rows of its ranges of a run's
 * log on its own read-only connection, each range read in a read transaction of its own (one
 * snapshot, beside the core's writes: WAL) with its pinned product taken as the log before the
 * range left it. No transaction stays open while the thread waits for the file, where it would
 * keep SQLite from checkpointing the WAL past its snapshot for the export's length; the entries up
 * to the log's last when the export started are the same in every snapshot (the log is append
 * only), so the bytes are those of one snapshot.
 * The rows are encoded here into megabyte buffers (Utf8Batches), each posted transferred, not
 * copied; after RANGES_AHEAD ranges the core has not written, the thread waits, so that no part's
 * text gathers in memory or in a file. A message per chunk of 500 rows cost 0.2-0.4 s of CPU a
 * part at 500,000 orders.
 */
async function writePart(job: CsvPartJob, port: MessagePort) {
  const post = (message: CsvPartMessage, transfer?: ArrayBuffer[]) =>
    port.postMessage(message, transfer);
  const credit = rangeCredit(port);
  const batches = new Utf8Batches((bytes, count) =>
    post({ type: 'rows', bytes, count }, [bytes.buffer]),
  );
  const db = job.nativeBinding
    ? new Database(job.file, { readonly: true, nativeBinding: job.nativeBinding })
    : new Database(job.file, { readonly: true });
  try {
    const time =
      job.showClock === null ? WALL_TIME : showTimeBase(job.showClock.line, job.showClock.zeroAt);
    const products = new Map(job.products);
    for (const { after, upTo } of job.ranges) {
      await credit.room();
      db.exec('BEGIN');
      const rowsOf = orderCsvRows(job.run, time, products, pinnedAfter(db, job.run.id, after));
      const filter = { ...ORDER_LOG_FILTER, after, upTo };
      await forEachLogChunk<OrderRow>(db, job.run.id, filter, async (rows) => {
        const { text, count } = rowsOf(rows);
        if (count > 0) batches.add(text, count);
      });
      db.exec('COMMIT');
      batches.end();
      post({ type: 'range' });
      credit.posted();
    }
    post({ type: 'done' });
  } finally {
    db.close();
    credit.stop();
  }
}

const port = parentPort;
if (port !== null) {
  // A failure rejects unhandled, which ends the thread with an 'error' to the export.
  void writePart(workerData as CsvPartJob, port);
}
