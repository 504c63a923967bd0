import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orderJsonSql } from '../../../src/main/core/store/migrations/018-run-log-order-json-once';
import { openDatabase } from '../../../src/main/core/store/database';
import type { RunKind } from '../../../src/shared/model/live';
import { handwrittenRun, T0 } from '../../unit/review/log-writer';
import { useReview } from '../../unit/review/review-fixture';

// Fixed, so that the bytes are the same anywhere (the export should hold none of local time).
process.env.TZ = 'America/New_York';

/** The SHA-256 of the run log JSON that d4d4509's export wrote for each run. */
const WRITTEN_BEFORE: [kind: RunKind, orders: number, sha256: string][] = [
  ['live', 300, '4c3ea6c050a18548aad74e569fe91387398702e793583715ab5514789829b080'],
  ['rehearsal', 300, 'a0e16f71422064141cc0a8f3a377fe47571106ab4e45471407807472e66cd81e'],
  // Over CHUNK_ROWS entries: the log is read in several chunks.
  ['live', 12_000, '2207ce6069109b3942eac20a85600b17c68454e8c672056b40d700d20edf438b'],
  ['rehearsal', 12_000, '15adefbd1f28b19e65845e91dde544fb4b3f395c267c4fef27ae3ddd60e476c6'],
];

/** Buyers, order IDs and notes whose JSON must escape or pass through as they are. */
const TEXTS = [
  'viewer-1',
  '王小明',
  'say "hi"',
  'back\\slash',
  'line\nbreak',
  'tab\there',
  'a\u2028b\u2029c',
  '\u0000\u001f\u007f',
  '\ufeffbom',
  '😀 fan',
  '',
  '</script>',
];

/**
 * A run with every kind of entry a log holds and awkward values in them, another run's entries
 * between its own; a rehearsal runs at 20x with clock entries (each entry's showMs).
 */
function trickyRun(kind: RunKind, orders: number) {
  const { db } = openDatabase(':memory:');
  const log = handwrittenRun({ db, kind });
  const other = handwrittenRun({ db });
  other.product('A', 100_000, 500, T0);
  const speed = kind === 'rehearsal' ? 20 : 1;
  if (kind === 'rehearsal') {
    const ledgerDir = 'rehearsals/"618" 晚';
    const started = { type: 'started', simulatedMs: 0, preset: '618', seed: 7, speed } as const;
    log.rehearsal({ ...started, scenarioRunId: null, serverUrl: 'http://[::1]:9', ledgerDir }, T0);
  }
  log.link('connected', 'first "connect"', T0);
  log.product('A', 100_000, 1999, T0, 'Durian, "Musang King" 金枕榴莲');
  log.product('B', 100_000, 1, T0 + 1, 'มะพร้าวน้ำหอม\r\n');
  log.showState('live', T0 + 2);
  for (let i = 0; i < orders; i++) {
    const at = T0 + 1_000 + i * 997 + [0, 5, 999][i % 3];
    if (kind === 'rehearsal' && i % 20 === 0) {
      log.rehearsal({ type: 'clock', simulatedMs: (at - T0) * speed, speed }, at);
    }
    if (i % 11 === 0) log.pin(i % 33 === 0 ? null : ['A', 'B'][i % 2], at);
    if (i % 3 === 0) other.order('A', 1, at);
    if (i % 37 === 0) log.note(TEXTS[i % TEXTS.length], at);
    if (i % 41 === 0) log.link('reconnecting', TEXTS[(i + 3) % TEXTS.length], at);
    if (i % 53 === 0) log.rejected('pin', 'not_found', at);
    log.event(
      {
        type: 'order',
        orderId: `${TEXTS[i % TEXTS.length]}-${i}`,
        sku: ['A', 'B'][i % 2],
        qty: 1 + (i % 7 === 0 ? 99_999 : i % 5),
        priceMinor: [1999, 1, 0, 99_999_999_999][i % 4],
        stock: 1_000 - i * 7,
        sold: i * 3,
        ...(i % 17 === 0 ? {} : { buyer: TEXTS[(i + 5) % TEXTS.length] }),
      } as never,
      at,
    );
  }
  log.end(T0 + 1_000 + orders * 997);
  // Orders whose JSON is still stored beside their columns (journaled before migration 018).
  db.exec('DROP TRIGGER run_log_append_only');
  db.prepare(
    `UPDATE run_log SET payload = coalesce(payload, ${orderJsonSql()}) WHERE seq % 5 = 0`,
  ).run();
  return log;
}

const makeReview = useReview();
afterEach(() => {
  vi.useRealTimers();
});

describe('the run log JSON of a run with values its JSON must take care of', () => {
  it.each(WRITTEN_BEFORE)(
    'writes the bytes it wrote before (%s, %i orders)',
    async (kind, orders, sha256) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.UTC(2024, 5, 19, 8, 30, 0, 123));
      const log = trickyRun(kind, orders);
      const { review } = makeReview(log.db);
      const bytes = readFileSync((await review.export(log.run.id, 'json')).path);
      const parsed = JSON.parse(bytes.toString('utf8')) as { count: number; entries: unknown[] };
      expect(parsed.entries).toHaveLength(parsed.count);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
      log.db.close();
    },
  );
});
