import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { orderJsonSql } from '../../../src/main/core/store/migrations/018-run-log-order-json-once';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import type { ProductLabel } from '../../../src/main/core/review/export-csv';
import { handwrittenRun } from '../../unit/review/log-writer';
import { ordersCsvBytes } from './orders-csv-bytes';

// A zone with daylight saving: the run crosses New York's spring change (2024-03-10 07:00 UTC),
// so the local time column changes its offset mid-run; fixed, so the bytes are the same anywhere.
process.env.TZ = 'America/New_York';

/** The SHA-256 of the CSV that e659a1f's export wrote for this run (TZ above). */
const WRITTEN_BEFORE = 'bb15854bd3d401d4b003b2f2688d4ae2de0c527e54f2d35518bfb89ecb521729';

/** An hour before the spring change in New York. */
const START = Date.UTC(2024, 2, 10, 6, 0, 0);

const LABELS = new Map<string, ProductLabel>([
  ['A', { nameHost: 'Durian, "Musang King"', nameAudience: '金枕榴莲', currency: 'CNY' }],
  ['B', { nameHost: ' Coconut\r\nfresh', nameAudience: 'มะพร้าวน้ำหอม', currency: 'THB' }],
  ['C,D', { nameHost: '=HYPERLINK("x")', nameAudience: '-30% 芒果 🥭', currency: '' }],
  // "E" is sold without a lineup label: its name cells are empty.
]);

/** Order IDs and buyers a CSV must quote, guard or pass through as they are. */
const ORDER_IDS = ['1', 'A-2', 'x,y', 'say "hi"', 'line\nbreak', '+7', ' lead', 'tail ', '订单9'];
const BUYERS = [
  'viewer-1',
  '王小明',
  'สมชาย ใจดี',
  '@handle',
  '=1+1',
  '-',
  'tab\there',
  'a\u2028b',
  '=a\nb',
  '\ufeffbom',
  '😀 fan',
  '',
  'quote"inside',
];

/**
 * A live run across the offset change: pins, odd prices, huge amounts and oversold stock, with
 * another run's orders between its entries.
 */
function trickyRun(db: Db): number {
  const log = handwrittenRun({ db });
  // Another run journaled at the same time: its entries fall between this run's.
  const other = handwrittenRun({ db });
  other.product('A', 100_000, 500, START);
  const event = (body: Record<string, unknown>, at: number) => log.event(body as never, at);
  log.product('A', 100_000, 1999, START, 'Durian');
  log.product('B', 100_000, 1, START + 1, 'Coconut');
  log.showState('live', START + 2);
  const skus = ['A', 'B', 'C,D', 'E'];
  const prices = [1999, 1, 12_345, 99_999_999_999, 0, 250];
  for (let i = 0; i < 240; i++) {
    // Every 31 s past the change and back over a second's end, with 0, 5 and 999 ms.
    const at = START + 3_500_000 + i * 31_000 + [0, 5, 999][i % 3];
    if (i % 11 === 0) log.pin(i % 33 === 0 ? null : skus[i % 4], at);
    if (i % 3 === 0) other.order('A', 1, at);
    const qty = 1 + (i % 5) * (i % 7 === 0 ? 99_999 : 1);
    event(
      {
        type: 'order',
        orderId: `${ORDER_IDS[i % ORDER_IDS.length]}${i >= ORDER_IDS.length ? `-${i}` : ''}`,
        sku: skus[i % 4],
        qty,
        priceMinor: prices[i % prices.length],
        stock: 1_000 - i * 7,
        sold: i * 3,
        ...(i % 17 === 0 ? {} : { buyer: BUYERS[i % BUYERS.length] }),
      },
      at,
    );
  }
  log.end(START + 3_500_000 + 240 * 31_000);
  // Orders the background fill has not reached yet: read from their JSON.
  db.exec('DROP TRIGGER run_log_append_only');
  db.prepare(
    `UPDATE run_log SET payload = coalesce(payload, ${orderJsonSql()}), order_sku = NULL
     WHERE seq % 5 = 0`,
  ).run();
  return log.run.id;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the orders CSV of a run with names and values a CSV must take care of', () => {
  it('writes the bytes it wrote before, in the core thread and in worker threads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showdesk-csv-tricky-'));
    dirs.push(dir);
    const { db } = openDatabase(join(dir, 'showdesk.db'));
    const runId = trickyRun(db);
    const { bytes: single } = await ordersCsvBytes(db, dir, runId, LABELS, 0);
    expect(createHash('sha256').update(single).digest('hex')).toBe(WRITTEN_BEFORE);
    for (const [parts, rangeEntries] of [
      [2, undefined],
      [3, undefined],
      [2, 5],
    ] as const) {
      const parted = await ordersCsvBytes(db, dir, runId, LABELS, parts, { rangeEntries });
      expect(parted.bytes.equals(single)).toBe(true);
    }
    db.close();
  }, 60_000);
});
