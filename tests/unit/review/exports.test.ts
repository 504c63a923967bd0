import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatLocalIso, formatLocalStamp, utcOffset } from '../../../src/shared/format/times';
import { addProduct } from '../../../src/main/core/lineup/product-repository';
import { EXPORTS_FOLDER } from '../../../src/main/core/review/export-files';
import { handwrittenRun, T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();

function logCount(log: ReturnType<typeof sampleRun>): number {
  return (
    log.db.prepare('SELECT count(*) AS n FROM run_log WHERE run_id = ?').get(log.run.id) as {
      n: number;
    }
  ).n;
}

/** The sample run of a show whose lineup names product A in both languages. */
function sampleRunWithLineup(): ReturnType<typeof sampleRun> {
  const log = sampleRun();
  addProduct(log.db, log.run.showId, {
    sku: 'A',
    nameHost: 'Monthong durian, whole',
    nameAudience: '金枕榴莲 整果',
    priceMinor: 500,
    currency: 'CNY',
    openingStock: 10,
    lowStockThreshold: 0,
    imagePath: null,
  });
  return log;
}

describe('exports', () => {
  it('writes the orders as CSV that parses back to one row per order', async () => {
    const log = sampleRun();
    log.restock('B', 12_000, T0 + 19_000);
    for (let i = 0; i < 12_000; i++) log.order('B', 1, T0 + 20_000 + i);
    const { review, progress } = makeReview(log.db);
    const result = await review.export(log.run.id, 'csv');
    expect(result).toMatchObject({ format: 'csv', rows: 12_005, rehearsal: false });
    expect(result.fileName).toBe(`Review show - run ${log.run.id} - orders.csv`);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(result.path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(12_005);
    expect(parsed.data[3]).toMatchObject({
      run_kind: 'live',
      sku: 'A',
      product_host: 'Durian',
      product_audience: 'Durian',
      qty: '6',
      unit_price_minor: '400',
      amount_minor: '2400',
      stock_after: '0',
      pinned: 'yes',
      currency: 'CNY',
      time_utc: new Date(T0 + 2_100).toISOString(),
    });
    expect(parsed.data[0].pinned).toBe('no');
    expect(progress.at(-1)).toEqual({
      runId: log.run.id,
      format: 'csv',
      done: 12_005,
      total: 12_005,
    });
    expect(progress.length).toBeGreaterThan(2);
    expect(readdirSync(join(result.path, '..')).filter((name) => name.endsWith('.part'))).toEqual(
      [],
    );
  });

  it('keeps every CSV cell as written, quoting what needs it and guarding formula signs', async () => {
    const log = handwrittenRun();
    log.product('D,1', 10, 500, T0, 'Durian "Monthong", 1 kg');
    const buyers = ['viewer-1', '=HYPERLINK("x")', 'a b', '买家 1', 'line\nbreak', '-42', ''];
    buyers.forEach((buyer, index) =>
      log.event(
        {
          type: 'order',
          orderId: index === 1 ? '+1' : `o.${index}`,
          sku: 'D,1',
          qty: 1,
          priceMinor: 500,
          stock: 9 - index,
          sold: index + 1,
          buyer,
        },
        T0 + 999 + index,
      ),
    );
    const { review } = makeReview(log.db);
    const result = await review.export(log.run.id, 'csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(result.path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.buyer)).toEqual(
      buyers.map((buyer) => (/^[=+\-@]/.test(buyer) ? `'${buyer}` : buyer)),
    );
    expect(parsed.data.map((row) => row.order_id).slice(0, 3)).toEqual(['o.0', "'+1", 'o.2']);
    expect(parsed.data[0]).toMatchObject({
      sku: 'D,1',
      time_utc: new Date(T0 + 999).toISOString(),
      at_ms: String(T0 + 999),
    });
    expect(parsed.data[1].time_utc).toBe(new Date(T0 + 1_000).toISOString());
  });

  it("names each order's product as the lineup has it in both languages, timed in local time with its offset", async () => {
    const log = sampleRunWithLineup();
    const { review } = makeReview(log.db);
    const parsed = Papa.parse<Record<string, string>>(
      readFileSync((await review.export(log.run.id, 'csv')).path, 'utf8'),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['time_utc', 'time_local']));
    expect(parsed.meta.fields).not.toContain('product');
    const at = T0 + 2_100;
    expect(parsed.data[3]).toMatchObject({
      sku: 'A',
      product_host: 'Monthong durian, whole',
      product_audience: '金枕榴莲 整果',
      time_utc: new Date(at).toISOString(),
      time_local: formatLocalIso(at),
    });
    // A product the lineup no longer has keeps the sale server's name in both columns.
    expect(parsed.data.find((row) => row.sku === 'B')).toMatchObject({
      product_host: 'Coconut',
      product_audience: 'Coconut',
    });
    expect(Date.parse(parsed.data[3].time_local)).toBe(at);
  });

  it('writes the whole run log as valid JSON with every entry', async () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const result = await review.export(log.run.id, 'json');
    const json = JSON.parse(readFileSync(result.path, 'utf8')) as {
      format: string;
      rehearsal: boolean;
      run: { id: number };
      entries: { seq: number; kind: string; payload: unknown }[];
      count: number;
    };
    expect(json).toMatchObject({
      format: 'showdesk-run-log',
      rehearsal: false,
      run: { id: log.run.id },
    });
    expect(json.entries).toHaveLength(logCount(log));
    expect(json.count).toBe(logCount(log));
    expect(json.entries[0].kind).toBe('run_started');
    expect(json.entries.filter((entry) => entry.kind === 'note')).toEqual([
      expect.objectContaining({ payload: { text: 'Host asked for water' } }),
    ]);
  });

  it('writes a self-contained HTML report with every product and no URL', async () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const result = await review.export(log.run.id, 'html');
    const page = readFileSync(result.path, 'utf8');
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/\b(src|href)\s*=/i);
    expect(page).toContain('<svg');
    for (const text of [
      'Durian',
      'Coconut',
      '>A<',
      '>B<',
      '49.00\u00a0CNY',
      'Host asked for water',
    ]) {
      expect(page).toContain(text);
    }
    expect(page).not.toContain('REHEARSAL');
  });

  it('gives the HTML report a strict policy, a main landmark, local times and product names in events', async () => {
    const log = sampleRun();
    const page = readFileSync(
      (await makeReview(log.db).review.export(log.run.id, 'html')).path,
      'utf8',
    );
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(policy).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(page).not.toMatch(/\sstyle=/);
    expect(page).not.toMatch(/<script/i);
    expect(page).toMatch(/<body><main>[\s\S]*<\/main>\n<footer>/);
    expect(page).not.toContain('UTC ');
    // The report writes ':' as a character reference.
    expect(page).toContain(formatLocalStamp(log.run.startedAt).replaceAll(':', '&#58;'));
    expect(page).toContain(
      `times in local time (UTC${utcOffset(log.run.startedAt)})`.replaceAll(':', '&#58;'),
    );
    expect(page).toContain('Durian pinned');
    expect(page).not.toContain('>A pinned');
  });

  it('names a rejected command and its reason in the report’s language, not by their codes', async () => {
    const log = sampleRunWithLineup();
    log.rejected('restock', 'sold_out', T0 + 3_000);
    const { review } = makeReview(log.db);
    const zh = readFileSync(
      (await review.export(log.run.id, 'html', { language: 'zh-CN' })).path,
      'utf8',
    );
    expect(zh).toContain('补货被拒绝：该商品已售罄'.replaceAll(':', '&#58;'));
    expect(zh).not.toMatch(/restock|sold_out/);
    const en = readFileSync(
      (await review.export(log.run.id, 'html', { language: 'en' })).path,
      'utf8',
    );
    expect(en).toContain('Restock rejected&#58; the product was sold out');
  });

  it('writes the HTML report in the language asked for, naming products as the lineup does in it', async () => {
    const log = sampleRunWithLineup();
    const { review } = makeReview(log.db);
    const chinese = await review.export(log.run.id, 'html', { language: 'zh-CN' });
    expect(chinese.fileName).toBe(`Review show - run ${log.run.id} - report zh-CN.html`);
    const zh = readFileSync(chinese.path, 'utf8');
    expect(zh).toContain('<html lang="zh-CN">');
    for (const text of [
      '各商品结果',
      '发生了什么',
      '置顶 金枕榴莲 整果',
      '备注：Host asked for water',
    ]) {
      expect(zh).toContain(text.replaceAll(':', '&#58;'));
    }
    // Nothing of the English template is left: headings, figures, events, footer.
    for (const text of [
      'Results per product',
      'What happened',
      'pinned',
      'Units sold',
      'generated',
    ]) {
      expect(zh).not.toContain(text);
    }
    expect(zh).toMatch(/时长 \d+(\.\d)? 秒/);
    const english = await review.export(log.run.id, 'html', { language: 'en' });
    expect(english.fileName).toBe(`Review show - run ${log.run.id} - report.html`);
    const en = readFileSync(english.path, 'utf8');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Monthong durian, whole pinned');
    expect(en).not.toContain('金枕榴莲');
  });

  it('heads the HTML report with the run name, the show name only when the run name lacks it', async () => {
    const named = sampleRun({ name: 'Review show (live)' });
    const page = readFileSync(
      (await makeReview(named.db).review.export(named.run.id, 'html')).path,
      'utf8',
    );
    expect(page).toContain('<h1>Review show (live)</h1>');
    expect(page).toContain('<title>Review show (live)</title>');
    const renamed = sampleRun({ name: 'Durian night' });
    const other = readFileSync(
      (await makeReview(renamed.db).review.export(renamed.run.id, 'html')).path,
      'utf8',
    );
    expect(other).toContain('<h1>Review show – Durian night</h1>');
  });

  it('marks a rehearsal in every export: file names, CSV column, JSON field, HTML banner', async () => {
    const log = sampleRun({ kind: 'rehearsal' });
    const { review } = makeReview(log.db);
    const csv = await review.export(log.run.id, 'csv');
    const json = await review.export(log.run.id, 'json');
    const html = await review.export(log.run.id, 'html');
    for (const result of [csv, json, html]) {
      expect(result.fileName.startsWith('REHEARSAL - ')).toBe(true);
      expect(result.rehearsal).toBe(true);
    }
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv.path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(new Set(rows.map((row) => row.run_kind))).toEqual(new Set(['rehearsal']));
    expect(JSON.parse(readFileSync(json.path, 'utf8'))).toMatchObject({ rehearsal: true });
    expect(readFileSync(html.path, 'utf8')).toContain('class="banner"');
  });

  it('hands an export out in pieces for download, and only from the exports folder', async () => {
    const log = sampleRun();
    const { review, dataDir } = makeReview(log.db);
    const result = await review.export(log.run.id, 'json', { fileName: 'run.json' });
    expect(result.path).toBe(join(dataDir, EXPORTS_FOLDER, 'run.json'));
    const chunk = await review.exportContent('run.json', 0);
    expect(chunk).toMatchObject({ mimeType: 'application/json; charset=utf-8', nextOffset: null });
    expect(Buffer.from(chunk.base64, 'base64').toString('utf8')).toBe(
      readFileSync(result.path, 'utf8'),
    );
    await expect(review.exportContent('../showdesk.sqlite', 0)).rejects.toThrow(/folder/);
    await expect(review.exportContent('missing.csv', 0)).rejects.toThrow(/No export/);
  });
});
