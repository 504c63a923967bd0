import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/store/database';
import { walBytes } from '../../../src/main/core/store/wal';
import { WalCheckpointer, type WalCheckpoint } from '../../../src/main/core/store/wal-checkpointer';
import { journalOrders, journaledSeqs, newRun } from '../../support/journal-orders';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('showdesk-wal-');
const MiB = 1024 * 1024;
const CHILD = join(import.meta.dirname, '../../support/journaling-child.ts');

/** Checkpoints as the checkpointer reports them, and a wait for the next one (of `mode`). */
function checkpointLog() {
  const seen: WalCheckpoint[] = [];
  let waiting: { mode?: WalCheckpoint['mode']; resolve(): void } | null = null;
  return {
    seen,
    onCheckpoint(checkpoint: WalCheckpoint) {
      seen.push(checkpoint);
      if (waiting && (waiting.mode ?? checkpoint.mode) === checkpoint.mode) waiting.resolve();
    },
    next(mode?: WalCheckpoint['mode']): Promise<void> {
      return new Promise((resolve) => {
        waiting = { mode, resolve };
      });
    },
  };
}

describe('the WAL checkpointer', () => {
  it('keeps the WAL bounded over a long journaling run, with no checkpoint inside a commit', async () => {
    const file = join(tempDir(), 'long-show.sqlite');
    const { db } = openDatabase(file);
    const runId = newRun(db);
    const log = checkpointLog();
    const checkpointer = new WalCheckpointer(db, {
      file,
      policy: { passiveBytes: 256 * 1024, restartBytes: 2 * MiB, quietMs: 200, pollMs: 10 },
      onCheckpoint: (checkpoint) => log.onCheckpoint(checkpoint),
    });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    let seq = 0;
    let largest = 0;
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 10; i++) {
        seq = journalOrders(db, runId, seq, 1000);
        largest = Math.max(largest, walBytes(file));
      }
      // The thread's next checkpoint, then whatever it asked of the core.
      await log.next();
      await yieldToIo();
    }
    expect(seq).toBe(300_000);
    // The WAL was started over again and again: the database grew far beyond it.
    expect(largest).toBeLessThan(32 * MiB);
    expect(statSync(file).size).toBeGreaterThan(2 * largest);
    await log.next('TRUNCATE');
    expect(walBytes(file)).toBe(0);
    checkpointer.stop();
    db.close();
    const reopened = openDatabase(file).db;
    expect(journaledSeqs(reopened, runId)).toHaveLength(300_000);
    reopened.close();
  }, 120_000);

  it('stops its thread when the store closes, also before the thread has started', () => {
    const file = join(tempDir(), 'closed.sqlite');
    const { db } = openDatabase(file);
    const checkpointer = new WalCheckpointer(db, { file });
    checkpointer.stop();
    db.close();
    expect(() => statSync(`${file}-wal`)).toThrow();
  });

  it('loses no committed order when the process is killed while it checkpoints', async () => {
    const file = join(tempDir(), 'killed.sqlite');
    const child = fork(CHILD, [file], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    let runId = 0;
    let committed = 0;
    let checkpoints = 0;
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      child.on(
        'message',
        (message: { runId?: number; committed?: number; checkpoint?: string }) => {
          if (message.runId !== undefined) runId = message.runId;
          if (message.committed !== undefined) committed = message.committed;
          if (message.checkpoint !== undefined) checkpoints += 1;
          if (checkpoints >= 20 && committed >= 20_000) resolve();
        },
      );
    });
    child.kill('SIGKILL');
    await exited;
    const { db } = openDatabase(file);
    const seqs = journaledSeqs(db, runId);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(seqs.length).toBeGreaterThanOrEqual(committed);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    db.close();
  }, 120_000);
});
