import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import { RANGE_WRITTEN, type CsvPartJob, type CsvPartMessage } from './csv-part';
import { csvWorkerFile } from './csv-worker-file';
import { PROGRESS_ROWS, ordersCsvHeader, type ProductLabel } from './export-csv';
import type { ExportWriter } from './export-files';
import { logSeqSpan } from './log-chunks';
import type { TimeBase } from './time-base';

/**
 * Log entries per range a thread makes and hands over in turn: a few megabytes of text (about
 * 160 bytes an order), so that a thread's start, its pin look-up per range and the hand-overs
 * are small beside its rows.
 */
const RANGE_ENTRIES = 25_000;
/** At most this many worker threads for one export. */
const MAX_PARTS = 4;
/**
 * A log shorter than this (in seq) is exported in the core's thread: two parts cost 0.7-0.9 s
 * more CPU in all (under tsx; a load average of 5), so 300,000 orders took 1.5-1.8 s in two
 * parts against 1.3 s in one thread.
 */
const PARTED_MIN_ENTRIES = 500_000;

/**
 * Worker threads for the CSV export of a run: one per core, at most MAX_PARTS; 1 (the core's own
 * thread) for a short log, or a database in memory, which no other connection can read.
 */
export function csvPartsFor(db: Db, runId: number): number {
  const span = logSeqSpan(db, runId);
  if (db.memory || span === null || span.last - span.first < PARTED_MIN_ENTRIES) return 1;
  return Math.min(availableParallelism(), MAX_PARTS);
}

/**
 * Loads the TypeScript source of the worker through tsx (under tsx or Vitest): `workerData.tsx`
 * is tsx's CommonJS API, `workerData.source` the file.
 */
const TSX_WORKER = `const { workerData } = require('node:worker_threads');
require(workerData.tsx).require(workerData.source, workerData.source);`;

/**
 * A worker thread running csv-part-worker for the export's module at `coreModule` (a file URL):
 * the built csv-part-worker.js for a built core (out of app.asar in a packaged one:
 * csvWorkerFile), the TypeScript source beside it through tsx for the source (tsx or Vitest).
 */
function partWorker(job: CsvPartJob, coreModule: string): Worker {
  const here = dirname(fileURLToPath(coreModule));
  if (coreModule.endsWith('.ts')) {
    const tsx = createRequire(coreModule).resolve('tsx/cjs/api');
    const source = join(here, 'csv-part-worker.ts');
    return new Worker(TSX_WORKER, { eval: true, workerData: { ...job, tsx, source } });
  }
  return new Worker(csvWorkerFile(here, existsSync), { workerData: job });
}

/** A part's posted bytes, and null for the end of one of its ranges. */
type Piece = Uint8Array | null;

/** One part's bytes as its thread posts them, taken a range at a time in order; fails with the thread. */
class PartStream {
  private readonly pieces: Piece[] = [];
  private done = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  readonly worker: Worker;

  constructor(job: CsvPartJob, coreModule: string, onRows: (count: number) => void) {
    this.worker = partWorker(job, coreModule);
    this.worker.on('message', (message: CsvPartMessage) => {
      if (message.type === 'rows') {
        this.pieces.push(message.bytes);
        onRows(message.count);
      } else if (message.type === 'range') this.pieces.push(null);
      else this.done = true;
      this.notify();
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.notify();
    });
    this.worker.on('exit', (code) => {
      if (!this.done) this.failure ??= new Error(`a CSV export thread stopped (exit ${code})`);
      this.notify();
    });
  }

  /**
   * Writes the part's next range with `write` as its bytes come, then tells the thread, which
   * makes its ranges at most RANGES_AHEAD ahead of the file.
   */
  async writeRange(write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
    for (let bytes = await this.next(); bytes !== null; bytes = await this.next()) {
      await write(bytes);
    }
    this.worker.postMessage(RANGE_WRITTEN);
  }

  /** Fails the part (its thread is ended by the caller). */
  fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  /** The range's next bytes, null at its end. */
  private async next(): Promise<Piece> {
    for (;;) {
      if (this.failure !== null) throw this.failure;
      if (this.pieces.length > 0) return this.pieces.shift() as Piece;
      if (this.done) throw new Error('a CSV export thread ended before its ranges');
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/**
 * writeOrdersCsv's bytes from `parts` worker threads. The run's log up to its last entry now is
 * cut into seq ranges of about RANGE_ENTRIES (at least one a part), taken by the threads in
 * turn: range i by thread i mod `parts`. The file gets each range's bytes in order as they come,
 * so that no part's text is held in memory or a temporary file (a spill file per later part
 * was written, read back and copied at the end: half the file of 1,000,000 orders, about 80 MB);
 * a thread makes its next range while the others' are written, and waits when RANGES_AHEAD of
 * its own are not. Progress counts the orders of every part. Should one thread fail, or the file,
 * or `signal` cancel the export, every thread is ended.
 */
export async function writeOrdersCsvInParts(
  db: Db,
  run: RunSummary,
  time: TimeBase,
  products: ReadonlyMap<string, ProductLabel>,
  writer: ExportWriter,
  progress: (done: number) => void,
  options: {
    parts: number;
    nativeBinding?: string;
    signal?: AbortSignal;
    /**
     * The URL of the export's module, whose built worker or source is started (partWorker):
     * this module's own by default; tests give a built or packaged core's to run the built
     * worker under Node.
     */
    coreModule?: string;
    /** Entries per range (RANGE_ENTRIES); tests take fewer to hand over many ranges. */
    rangeEntries?: number;
  },
): Promise<number> {
  await writer.write(ordersCsvHeader(time));
  const span = logSeqSpan(db, run.id);
  if (span === null) return 0;
  let produced = 0;
  let reported = 0;
  const onRows = (count: number) => {
    produced += count;
    if (produced - reported < PROGRESS_ROWS) return;
    reported = produced;
    progress(produced);
  };
  const size = span.last - span.first + 1;
  const rangeCount = Math.max(
    options.parts,
    Math.ceil(size / (options.rangeEntries ?? RANGE_ENTRIES)),
  );
  const boundary = (range: number) => span.first - 1 + Math.floor((size * range) / rangeCount);
  const rangesOf = (part: number) =>
    Array.from({ length: Math.ceil((rangeCount - part) / options.parts) }, (_, i) => {
      const range = part + i * options.parts;
      return { after: boundary(range), upTo: boundary(range + 1) };
    });
  const base = {
    file: db.name,
    nativeBinding: options.nativeBinding,
    run: { id: run.id, kind: run.kind },
    showClock:
      time.clock.base === 'show' && time.line !== null
        ? { line: time.line, zeroAt: time.clock.zeroAt }
        : null,
    products: [...products],
  };
  const streams = Array.from(
    { length: options.parts },
    (_, part) =>
      new PartStream(
        { ...base, ranges: rangesOf(part) },
        options.coreModule ?? import.meta.url,
        onRows,
      ),
  );
  const cancel = () => {
    for (const stream of streams) stream.fail(options.signal?.reason as Error);
  };
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    options.signal?.throwIfAborted();
    const write = (bytes: Uint8Array) => writer.write(bytes);
    for (let range = 0; range < rangeCount; range++) {
      await streams[range % options.parts].writeRange(write);
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await Promise.all(streams.map((stream) => stream.worker.terminate()));
  }
  if (reported !== produced) progress(produced);
  return produced;
}
