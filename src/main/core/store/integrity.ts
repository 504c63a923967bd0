import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';
import { INTEGRITY_CHECK_WORKER } from './integrity-check-worker';

/** Lines of SQLite's report kept: enough to tell a specialist where, not a flood. */
const MAX_PROBLEMS = 20;

function problemsOf(result: unknown): string[] {
  const rows = Array.isArray(result) ? (result as unknown[]) : [];
  const lines = rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines.slice(0, MAX_PROBLEMS);
}

/** SQLite's codes for a file that is damaged or not a database at all. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/**
 * SQLite's quick check (O(N), without the index cross-checks of the full check): the problems
 * found, [] when the file is sound. A file that is not a database throws SQLITE_NOTADB.
 */
export function quickCheck(db: Db): string[] {
  return problemsOf(db.pragma('quick_check(20)'));
}

export interface IntegrityRun {
  /** Ends the check (its result is then never reported), waiting for the table under way. */
  stop(): void;
}

/** How long a stop waits for the thread to finish the table under way and close its connection. */
const STOP_WAIT_MS = 10_000;
const STOP_REQUESTED = 0;
const STOPPED = 1;

export interface IntegrityCheckOptions {
  nativeBinding?: string;
  /** The check starts this long after the call (after the first screen); 0: at once. */
  delayMs?: number;
}

/**
 * SQLite's full integrity check of the database `file` in a worker thread with its own read-only
 * connection (integrity-check-worker.ts), so the console keeps answering while it runs: it took
 * 0.7-1.3 s of the event loop at 1,000,000 orders, and more on a larger table. Calls `done` with
 * the problems found ([] when sound); a database that fails to read counts as a problem.
 */
export function checkIntegrityInBackground(
  file: string,
  done: (problems: string[]) => void,
  { nativeBinding, delayMs = 0 }: IntegrityCheckOptions = {},
): IntegrityRun {
  const state = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let worker: Worker | null = null;
  const start = () => {
    worker = new Worker(INTEGRITY_CHECK_WORKER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file,
        nativeBinding,
        state,
        maxProblems: MAX_PROBLEMS,
      },
    });
    worker.unref();
    worker.on('message', (message: { problems: string[] }) => {
      if (Atomics.load(state, STOP_REQUESTED) === 0) done(message.problems);
    });
    worker.on('error', (error) => {
      if (Atomics.load(state, STOP_REQUESTED) === 0) done([error.message]);
    });
  };
  const timer = setTimeout(start, delayMs);
  timer.unref();
  return {
    stop: () => {
      clearTimeout(timer);
      if (Atomics.load(state, STOP_REQUESTED) === 1) return;
      Atomics.store(state, STOP_REQUESTED, 1);
      if (worker === null) return;
      Atomics.wait(state, STOPPED, 0, STOP_WAIT_MS);
      void worker.terminate();
    },
  };
}
