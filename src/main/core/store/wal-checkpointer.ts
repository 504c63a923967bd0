import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';
import { WAL_AUTOCHECKPOINT_PAGES } from './wal';
import { WAL_CHECKPOINT_WORKER } from './wal-checkpoint-worker';

const MiB = 1024 * 1024;

/** When the checkpointer's thread checkpoints (wal-checkpoint-worker.ts). */
export interface WalCheckpointPolicy {
  /** A PASSIVE checkpoint after a change once the WAL file is this large. */
  passiveBytes: number;
  /** A RESTART (by the core) when the WAL still holds this much after a PASSIVE one. */
  restartBytes: number;
  /** A TRUNCATE (by the core) once the database has not changed for this long. */
  quietMs: number;
  pollMs: number;
}

/**
 * SQLite's own threshold (4 MiB), a RESTART well under the long show's 64 MiB bound on the WAL,
 * a TRUNCATE after a second without a write.
 */
export const WAL_CHECKPOINT_POLICY: WalCheckpointPolicy = {
  passiveBytes: WAL_AUTOCHECKPOINT_PAGES * 4096,
  restartBytes: 32 * MiB,
  quietMs: 1000,
  pollMs: 100,
};

/** A checkpoint, as SQLite reported it (log and checkpointed are frames). */
export interface WalCheckpoint {
  mode: 'PASSIVE' | 'RESTART' | 'TRUNCATE';
  busy: number;
  log: number;
  checkpointed: number;
}

/** What the thread posts: a checkpoint it ran, or one it asks the core to run. */
type WorkerMessage =
  ({ type: 'checkpoint' } & WalCheckpoint) | { type: 'request'; mode: 'RESTART' | 'TRUNCATE' };

/** How long closing waits for the thread to finish a checkpoint and close its connection. */
const STOP_WAIT_MS = 10_000;
const STOP_REQUESTED = 0;
const STOPPED = 1;

export interface WalCheckpointerOptions {
  file: string;
  nativeBinding?: string;
  policy?: WalCheckpointPolicy;
  /** Sees each checkpoint (benches and tests). */
  onCheckpoint?(checkpoint: WalCheckpoint): void;
}

/**
 * Checkpoints the core's database from a worker thread with its own connection, so that no
 * commit of the core waits for one: SQLite's automatic checkpoints, which run inside the commit
 * that crosses 1,000 WAL pages, are turned off on the core's connection (they held ingest
 * transactions for 200 ms under load). The thread copies the WAL with PASSIVE checkpoints; the
 * core runs the RESTART or TRUNCATE the thread asks for between its transactions (the thread's
 * text says why), when the WAL is already copied, so they take little time. Should the thread
 * fail, automatic checkpoints are turned back on. `stop` before the core's connection closes, so
 * that its close is the last and empties the WAL.
 */
export class WalCheckpointer {
  private readonly state = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private readonly worker: Worker;

  constructor(
    private readonly db: Db,
    options: WalCheckpointerOptions,
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(WAL_CHECKPOINT_WORKER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file: options.file,
        nativeBinding: options.nativeBinding,
        state: this.state,
        ...(options.policy ?? WAL_CHECKPOINT_POLICY),
      },
    });
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'checkpoint') options.onCheckpoint?.(message);
      else this.runRequested(message.mode, options.onCheckpoint);
    });
    this.worker.on('error', (error) => this.failed(error));
  }

  /** Stops the thread, waiting (blocked) until its checkpoint under way ended and it closed. */
  stop(): void {
    if (Atomics.load(this.state, STOPPED) === 1) return;
    Atomics.store(this.state, STOP_REQUESTED, 1);
    this.worker.postMessage('stop');
    Atomics.wait(this.state, STOPPED, 0, STOP_WAIT_MS);
    void this.worker.terminate();
  }

  private runRequested(
    mode: 'RESTART' | 'TRUNCATE',
    report: WalCheckpointerOptions['onCheckpoint'],
  ): void {
    if (!this.db.open || Atomics.load(this.state, STOP_REQUESTED) === 1) return;
    try {
      const [row] = this.db.pragma(`wal_checkpoint(${mode})`) as Omit<WalCheckpoint, 'mode'>[];
      report?.({ mode, ...row });
    } catch (error) {
      // Refused (a statement of the core still open): the thread asks again after a change.
      process.stderr.write(`Showdesk: a WAL checkpoint (${mode}) failed: ${String(error)}\n`);
    } finally {
      this.worker.postMessage('done');
    }
  }

  private failed(error: Error): void {
    if (Atomics.load(this.state, STOP_REQUESTED) === 1) return;
    process.stderr.write(`Showdesk: the WAL checkpointer stopped: ${error.message}\n`);
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  }
}
