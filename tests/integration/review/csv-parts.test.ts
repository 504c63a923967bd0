import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { orderJsonSql } from '../../../src/main/core/store/migrations/018-run-log-order-json-once';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import type { ProductLabel } from '../../../src/main/core/review/export-csv';
import { handwrittenRun, T0 } from '../../unit/review/log-writer';
import { sampleRehearsal } from '../../unit/review/sample-rehearsal';
import { ordersCsvBytes } from './orders-csv-bytes';

// The local time column in a zone of its own, with no daylight saving: the bytes are the same on
// every machine.
process.env.TZ = 'Asia/Bangkok';

/**
 * The SHA-256 of each run's CSV as the export wrote it before the seventh session's changes to
 * its rows and parts (a910604's export-csv.ts): the same bytes since.
 */
const WRITTEN_BEFORE = {
  live: '8363d1c8fe3c3891b3227d55eff645d5f7e69d68c362cce8f5027da246f54d9a',
  rehearsal: 'a63b1b0e96495abff985c8793e92a6863ad8b643fd7501b912122e03aea426c2',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LABELS = new Map<string, ProductLabel>([
  ['A', { nameHost: 'Durian, whole', nameAudience: '金枕榴莲', currency: 'CNY' }],
  ['B', { nameHost: 'Coconut', nameAudience: '椰子', currency: 'CNY' }],
]);

/** A live run whose pins, price changes and flash-sale prices fall across every part boundary. */
function busyRun(db: Db): number {
  const log = handwrittenRun({ db });
  log.product('A', 100_000, 500, T0 + 100, 'Durian');
  log.product('B', 100_000, 1000, T0 + 200, 'Coconut');
  log.showState('live', T0 + 300);
  for (let i = 0; i < 600; i++) {
    const at = T0 + 1_000 + i * 37;
    if (i % 17 === 0) log.pin(i % 51 === 0 ? null : i % 2 === 0 ? 'A' : 'B', at);
    if (i % 23 === 0) log.price('B', 900 + (i % 7), at);
    log.order(i % 3 === 0 ? 'B' : 'A', 1 + (i % 4), at, i % 29 === 0 ? 450 : undefined);
  }
  log.end(T0 + 60_000);
  return log.run.id;
}

describe('the CSV export in worker threads', () => {
  it('writes the bytes of the single-threaded export, filled columns or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-csv-parts-'));
    dirs.push(dir);
    const { db } = openDatabase(join(dir, 'showdesk.db'));
    const live = busyRun(db);
    const rehearsal = sampleRehearsal({ db }).run.id;
    // Entries the background fill has not reached yet: their orders are read from the payload.
    db.exec('DROP TRIGGER run_log_append_only');
    db.prepare(
      `UPDATE run_log SET payload = coalesce(payload, ${orderJsonSql()}), order_sku = NULL
       WHERE seq % 3 = 0`,
    ).run();
    for (const [name, runId] of [
      ['live', live],
      ['rehearsal', rehearsal],
    ] as const) {
      const single = await ordersCsvBytes(db, dir, runId, LABELS, 0);
      expect(single.rows).toBeGreaterThan(0);
      expect(createHash('sha256').update(single.bytes).digest('hex')).toBe(WRITTEN_BEFORE[name]);
      // One range a thread, and ranges of 97 entries handed over by the threads in turn.
      for (const [parts, rangeEntries] of [
        [1, undefined],
        [2, undefined],
        [3, undefined],
        [5, undefined],
        [2, 97],
        [3, 97],
      ] as const) {
        const parted = await ordersCsvBytes(db, dir, runId, LABELS, parts, { rangeEntries });
        expect(parted.rows).toBe(single.rows);
        expect(parted.progress.at(-1)).toBe(single.rows);
        expect(parted.bytes.equals(single.bytes)).toBe(true);
      }
    }
    db.close();
  }, 60_000);
});
