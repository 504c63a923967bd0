import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { CSV_COLUMNS } from '../../../src/main/core/lineup/csv-columns';
import type { Show } from '../../../src/shared/model/lineup';
import { dumpDatabase } from '../store/helpers';
import { useTempDirs } from '../../support/temp-dir';
import { databaseFile, invoke, invokeError, product, startCore } from '../../support/core-api';

const tempDir = useTempDirs();
let core: Core;
let dataDir: string;

afterEach(() => core.close());

const HEADER = CSV_COLUMNS.join(',');
const GOOD_CSV = [
  HEADER,
  'DUR,Monthong durian,泰国金枕榴莲,239.00,CNY,5000,500,,"Golden pillow, creamy | Only {price}!",金枕头 | 只要{price}！,30 | 15',
  'MANG,Mangosteen,泰国山竹,89.90,CNY,40000,4000,images/mangosteen.jpg,Queen of fruits,水果皇后,40',
].join('\r\n');

/** The lineup without ids and timestamps, for comparing two shows. */
function lineupOf(show: Show) {
  return show.products.map(({ id: _id, showId: _showId, talkingPoints, ...rest }) => ({
    ...rest,
    talkingPoints: talkingPoints.map(({ id: _tid, productId: _pid, ...point }) => point),
  }));
}

async function start(): Promise<Show> {
  dataDir = tempDir();
  core = startCore(dataDir, { seedDemo: true });
  const [demo] = await invoke(core, 'show.list', {});
  return invoke(core, 'show.get', { showId: demo.id });
}

describe('lineup CSV through the API', () => {
  it('previews rows and issues without writing', async () => {
    await start();
    const before = dumpDatabase(databaseFile(dataDir));
    const preview = await invoke(core, 'lineup.previewCsv', {
      csv: `${GOOD_CSV}\r\nBAD,Bad,坏,"12,50",CNY,1,1,,,,`,
    });
    expect(preview.rows.map((row) => row.product.sku)).toEqual(['DUR', 'MANG']);
    expect(preview.rows[0].talkingPoints[0].textHost).toBe('Golden pillow, creamy');
    expect(preview.issues.map((issue) => issue.message)).toEqual([
      'Row 4, column price: "12,50" is not a price (use 12.50)',
    ]);
    expect(dumpDatabase(databaseFile(dataDir))).toBe(before);
  });

  it('replaces the products in one step and keeps the show-level talking points', async () => {
    const demo = await start();
    const show = await invoke(core, 'lineup.importCsv', {
      showId: demo.id,
      csv: GOOD_CSV,
      mode: 'replace',
    });
    expect(show.products.map((p) => [p.sku, p.position, p.priceMinor])).toEqual([
      ['DUR', 0, 23900],
      ['MANG', 1, 8990],
    ]);
    expect(show.products[1].imagePath).toBe('images/mangosteen.jpg');
    expect(show.talkingPoints).toEqual(demo.talkingPoints);
    const dump = dumpDatabase(databaseFile(dataDir));
    expect(dump).not.toContain('TH-DURIAN-MONTHONG');
  });

  it('appends after the current products, refusing SKUs the show already has', async () => {
    const demo = await start();
    const show = await invoke(core, 'lineup.importCsv', {
      showId: demo.id,
      csv: GOOD_CSV,
      mode: 'append',
    });
    expect(show.products.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(show.products.slice(4).map((p) => p.sku)).toEqual(['DUR', 'MANG']);

    const error = await invokeError(core, 'lineup.importCsv', {
      showId: demo.id,
      csv: GOOD_CSV,
      mode: 'append',
    });
    expect(error.code).toBe('import_failed');
    expect(error.message).toBe('problems found: 2, nothing imported');
    expect(error.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [2, 'sku'],
      [3, 'sku'],
    ]);
  });

  it('a failed import leaves every table exactly as it was', async () => {
    const demo = await start();
    const before = dumpDatabase(databaseFile(dataDir));
    const csv = [
      HEADER,
      'OK1,Fine,好,10.00,CNY,10,1,,,,',
      'OK2,Fine too,也好,59.999,CNY,10,1,,,,',
      'OK1,Repeat,重复,10.00,RMB,-3,1,,a | b,甲,5',
    ].join('\n');
    for (const mode of ['replace', 'append'] as const) {
      const error = await invokeError(core, 'lineup.importCsv', { showId: demo.id, csv, mode });
      expect(error.code).toBe('import_failed');
      expect(error.message).toBe('problems found: 6, nothing imported');
      expect(error.issues.map((issue) => [issue.row, issue.column])).toEqual([
        [3, 'price'],
        [4, 'currency'],
        [4, 'opening_stock'],
        [4, 'talking_points_audience'],
        [4, 'talking_points_seconds'],
        [4, 'sku'],
      ]);
      expect(dumpDatabase(databaseFile(dataDir))).toBe(before);
    }
  });

  it('exports a CSV that imports back to an equal lineup, Chinese text included', async () => {
    const demo = await start();
    const tricky = await invoke(core, 'product.add', {
      showId: demo.id,
      product: product('TRICKY', {
        nameHost: '-5% "today", =only',
        nameAudience: '特价，"限时"',
        priceMinor: 1,
      }),
    });
    const trickyId = tricky.products[tricky.products.length - 1].id;
    const original = await invoke(core, 'talkingPoint.add', {
      showId: demo.id,
      productId: trickyId,
      point: { textHost: '@everyone, look', textAudience: '', plannedSeconds: 0 },
    });

    const exported = await invoke(core, 'lineup.exportCsv', { showId: demo.id });
    expect(exported.fileName).toBe('618-thai-fruit-live-tmall-lineup.csv');
    expect(exported.csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(exported.csv).toContain('泰国金枕榴莲');

    const copy = await invoke(core, 'show.create', { name: 'Round trip' });
    const imported = await invoke(core, 'lineup.importCsv', {
      showId: copy.id,
      csv: exported.csv,
      mode: 'replace',
    });
    expect(lineupOf(imported)).toEqual(lineupOf(original));
    expect(imported.products.map((p) => p.nameAudience)).toContain('泰国山竹 2.5公斤装');
  });

  it('names the file after the show id when the name has no letters', async () => {
    await start();
    const show = await invoke(core, 'show.create', { name: '!!!' });
    expect((await invoke(core, 'lineup.exportCsv', { showId: show.id })).fileName).toBe(
      `show-${show.id}-lineup.csv`,
    );
  });

  it('reports an unknown show before looking at the file', async () => {
    await start();
    const error = await invokeError(core, 'lineup.importCsv', {
      showId: 999,
      csv: 'nonsense',
      mode: 'replace',
    });
    expect(error.code).toBe('not_found');
  });
});
