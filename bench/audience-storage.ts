/**
 * The comments' storage bound: a show's comments at 2,000 a second (9 million viewers) go
 * through the console's ingest (question detector, blocked words, the keep rule) into a fresh
 * database for `--minutes` minutes of comment time; prints the database's growth extrapolated
 * to one hour and the ingest cost per comment.
 *
 *   npx tsx bench/audience-storage.ts [--minutes 10] [--rate 2000]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeComment } from '../src/shared/audience/comment-writer';
import { Prng } from '../src/shared/random/prng';
import type { Comment } from '../src/shared/protocol';
import { AudienceStore } from '../src/main/core/audience/audience-store';
import { CommentIngest } from '../src/main/core/audience/comment-ingest';
import { DEFAULT_AUDIENCE_SETTINGS } from '../src/shared/model/audience';
import { openDatabase } from '../src/main/core/store/database';
import { createRun } from '../src/main/core/runs/run-repository';
import { inTransaction } from '../src/main/core/store/transaction';
import { reportFigures } from './support/report';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '2000' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const dir = mkdtempSync(join(tmpdir(), 'showdesk-bench-audience-'));
const file = join(dir, 'showdesk.sqlite');
const { db } = openDatabase(file);
const showId = Number(
  db
    .prepare(
      "INSERT INTO shows (name, host_language, audience_language, created_at, updated_at) VALUES ('bench', 'en', 'zh-CN', 0, 0)",
    )
    .run().lastInsertRowid,
);
const run = createRun(db, {
  showId,
  kind: 'live',
  name: 'bench',
  target: { serverUrl: 'http://127.0.0.1:1', serverShowId: 'bench', token: 'bench' },
});
const store = new AudienceStore(db);
const ingest = new CommentIngest(() => DEFAULT_AUDIENCE_SETTINGS.blockedWords);
const random = new Prng(14);
const next = () => random.next();
const products = [
  { sku: 'DURIAN', name: '金枕榴莲' },
  { sku: 'COCO', name: '椰青' },
  { sku: 'RICE', name: '茉莉香米' },
];
const sizeOf = () =>
  statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
db.pragma('wal_checkpoint(TRUNCATE)');
const before = sizeOf();
const start = 1_764_000_000_000;
const perBatch = rate / 10;
let written = 0;
let busyMs = 0;
for (let tick = 0; tick < minutes * 600; tick++) {
  const at = start + tick * 100;
  const batch: Comment[] = [];
  for (let i = 0; i < perBatch; i++) {
    written += 1;
    batch.push({ id: `c-${written}`, at, ...writeComment(next, written, products[0], products) });
  }
  const t0 = performance.now();
  const result = ingest.take(batch, at);
  inTransaction(db, () => {
    store.insertComments(run.id, result.rows);
    for (const [minute, counts] of result.minutes) store.addMinute(run.id, minute, counts);
  });
  busyMs += performance.now() - t0;
}
db.pragma('wal_checkpoint(TRUNCATE)');
const grown = sizeOf() - before;
const stored = (db.prepare('SELECT COUNT(*) AS n FROM audience_comments').get() as { n: number }).n;
db.close();
rmSync(dir, { recursive: true, force: true });
const perHourMiB = ((grown / minutes) * 60) / 2 ** 20;
console.log(
  `${written} comments over ${minutes} min at ${rate}/s: ${stored} stored, database +${(grown / 2 ** 20).toFixed(1)} MiB`,
);
reportFigures('audience-storage', [
  {
    figure: 'database growth per hour of comments at 2,000/s',
    value: Math.round(perHourMiB),
    unit: 'MiB',
    targets: [{ on: 'figure', op: '<=', value: 600 }],
  },
  { figure: 'comments stored per hour', value: Math.round((stored / minutes) * 60), unit: 'rows' },
  {
    figure: 'ingest and store per comment',
    value: Math.round((busyMs / written) * 1000 * 10) / 10,
    unit: 'µs',
    targets: [{ on: 'figure', op: '<=', value: 100 }],
  },
]);
