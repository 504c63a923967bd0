import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { RunLogKind } from '../../../src/shared/model/live';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ORDER_COLUMNS = [
  'order_at',
  'order_id',
  'order_sku',
  'order_qty',
  'order_price_minor',
  'order_stock',
  'order_sold',
  'order_buyer',
];

async function csvOf(db: Db, runId: number): Promise<Buffer> {
  const { review } = makeReview(db);
  return readFileSync((await review.export(runId, 'csv')).path);
}

/** Takes the database back to version 15: the run log without its order columns. */
function asBeforeOrderColumns(db: Db): void {
  db.exec(`
    DROP TRIGGER run_log_append_only;
    ${ORDER_COLUMNS.map((column) => `ALTER TABLE run_log DROP COLUMN ${column};`).join('\n')}
    CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
    BEGIN
      SELECT RAISE(ABORT, 'run_log is append-only');
    END;
    PRAGMA user_version = 15;
  `);
}

describe('the run log order columns (migration 016)', () => {
  it('a run journaled before them exports the same bytes once migrated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-order-columns-'));
    dirs.push(dir);
    const file = join(dir, 'showdesk.sqlite');
    const log = sampleRun({ db: openDatabase(file).db });
    const { db, run } = log;
    db.prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)').run(
      run.id,
      T0 + 9_500,
      RunLogKind.snapshot,
      JSON.stringify({ snapshot: { pin: { sku: 'B' } } }),
    );
    log.order('B', 2, T0 + 9_600);
    const orders = db
      .prepare("SELECT count(*) FROM run_log WHERE event_type = 'order'")
      .pluck()
      .get() as number;
    expect(
      db.prepare('SELECT count(*) FROM run_log WHERE order_sku IS NOT NULL').pluck().get(),
    ).toBe(orders);
    const journaled = await csvOf(db, run.id);
    asBeforeOrderColumns(db);
    db.close();

    const migrated = openDatabase(file);
    expect(migrated.migration).toEqual({ from: 15, to: 16 });
    expect(
      migrated.db.prepare('SELECT count(*) FROM run_log WHERE order_sku IS NOT NULL').pluck().get(),
    ).toBe(orders);
    expect((await csvOf(migrated.db, run.id)).equals(journaled)).toBe(true);
    expect(journaled.toString('utf8')).toContain(',yes,');
    migrated.db.close();
  });
});
