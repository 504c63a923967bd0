import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { CsvPartJob, CsvPartMessage } from './csv-part';
import { csvWorkerFile } from './csv-worker-file';
import { PROGRESS_ROWS, ordersCsvHeader, type ProductLabel } from './export-csv';
import type { ExportWriter } from './export-files';
import { logSeqSpan } from './log-chunks';
import type { TimeBase } from './time-base';

/** How much of a later part's spill file is read and written at a time. */
const SPILL_READ_BYTES = 1 << 20;
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

/** One part's bytes as its thread posts them, taken in order; fails with the thread. */
class PartStream {
  private readonly pieces: Uint8Array[] = [];
  private done = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  readonly worker: Worker;

  constructor(job: CsvPartJob, coreModule: string, onRows: (count: number) => void) {
    this.worker = partWorker(job, coreModule);
    this.worker.on('message', (message: CsvPartMessage) => {
      if (message.type === 'rows') {
        if (message.bytes !== null) this.pieces.push(message.bytes);
        onRows(message.count);
      } else this.done = true;
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

  /** The part's next bytes, null once the part is complete. */
  async next(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.failure !== null) throw this.failure;
      const bytes = this.pieces.shift();
      if (bytes !== undefined) return bytes;
      if (this.done) return null;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  /** Fails the part (its thread is ended by the caller). */
  fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  /** Resolves once the part is complete (a part that spills to its file posts no bytes). */
  async finished(): Promise<void> {
    while ((await this.next()) !== null);
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/**
 * writeOrdersCsv's bytes from `parts` worker threads, each the rows of an equal seq range of the
 * run's log up to its last entry now (so that every part ends at the same point). The first
 * part's bytes are written as they come (encoded in its thread); the others write theirs to a
 * temporary file each, whose bytes are copied in their turn (kept in memory, they held half the file of 1,000,000 orders, about 80 MB, and grew
 * with the log); progress counts the orders of every part. Should one thread fail, or the file,
 * or `signal` cancel the export, every thread is ended; the temporary files are removed in any
 * case.
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
  const boundary = (part: number) => span.first - 1 + Math.floor((size * part) / options.parts);
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
  const spillDir = await mkdtemp(join(tmpdir(), 'showdesk-csv-'));
  const spillOf = (part: number) => (part === 0 ? null : join(spillDir, `part-${part}.csv`));
  const streams = Array.from(
    { length: options.parts },
    (_, part) =>
      new PartStream(
        { ...base, after: boundary(part), upTo: boundary(part + 1), spill: spillOf(part) },
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
    const [first, ...later] = streams;
    for (let bytes = await first.next(); bytes !== null; bytes = await first.next()) {
      await writer.write(bytes);
    }
    for (const [index, stream] of later.entries()) {
      await stream.finished();
      const file = createReadStream(spillOf(index + 1) ?? '', { highWaterMark: SPILL_READ_BYTES });
      for await (const bytes of file) await writer.write(bytes as Buffer);
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    // Ended before their files are removed, so that no thread writes one after.
    await Promise.all(streams.map((stream) => stream.worker.terminate()));
    await rm(spillDir, { recursive: true, force: true });
  }
  if (reported !== produced) progress(produced);
  return produced;
}
