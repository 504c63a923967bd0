import { fork } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderColumnFiller } from '../../../src/main/core/review/order-column-fill';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { asBeforeOrderColumns, ordersUnlikeTheirJson } from '../../support/before-order-columns';
import { journalOrders, newRun } from '../../support/journal-orders';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('showdesk-order-fill-');
const CHILD = join(import.meta.dirname, '../../support/order-fill-child.ts');
const ORDERS = 20_000;
/** Slices the child fills before it is killed. */
const SLICES_BEFORE_KILL = 5;

const journal = (db: Db) =>
  db.prepare('SELECT seq, run_id, at, kind, payload FROM run_log_entries ORDER BY seq').raw().all();

describe('the background fill of the run log order columns', () => {
  it('loses nothing when the process is killed while it fills, and the next start finishes it', async () => {
    const file = join(tempDir(), 'filled.sqlite');
    const { db } = openDatabase(file);
    const runId = newRun(db);
    for (let seq = 0; seq < ORDERS;) seq = journalOrders(db, runId, seq, 1_000);
    const written = journal(db);
    asBeforeOrderColumns(db);
    db.close();

    const child = fork(CHILD, [file], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let through = 0;
    let slices = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('message', (message: { through?: number; ended?: boolean }) => {
        if (message.ended) reject(new Error('the fill ended before the kill'));
        if (message.through === undefined) return;
        through = message.through;
        slices += 1;
        if (slices >= SLICES_BEFORE_KILL) resolve();
      });
    });
    child.kill('SIGKILL');
    await exited;

    const reopened = openDatabase(file).db;
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(journal(reopened)).toEqual(written);
    const left = reopened
      .prepare('SELECT through_seq FROM run_log_order_fill')
      .pluck()
      .get() as number;
    expect(left).toBeGreaterThanOrEqual(through);
    const unfilled = reopened
      .prepare(
        `SELECT count(*) FROM run_log WHERE event_type = 'order' AND order_sku IS NULL AND seq <= ?`,
      )
      .pluck()
      .get(left);
    expect(unfilled).toBe(0);

    const filler = new OrderColumnFiller(reopened);
    while (filler.fillSlice() !== null);
    expect(ordersUnlikeTheirJson(reopened)).toBe(0);
    expect(journal(reopened)).toEqual(written);
    reopened.close();
  }, 120_000);
});
