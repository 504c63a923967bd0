import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { createShowFromCsv, goLive } from './support/lineup-screen';
import type { TestSaleServer } from './support/sale-server';
import { api } from './support/page-api';

/**
 * The post-show review in the real UI after a short crowd run against the reference sale server:
 * the run in the run list (rename, note, delete confirmation), the sold-out time in the results,
 * the replay at a scrubbed moment equal to the core's review.stateAt and at a marker with a known
 * stock, the timeline zoomed in, the three exports downloaded and read back, and the run
 * compared with a rehearsal of the same show. With
 * SHOWDESK_SCREENSHOTS=1 it also writes docs/screenshots/review-timeline-en.png,
 * review-timeline-zh-CN.png, review-report.png and review-report-zh-CN.png (the exported HTML
 * report, in English and in Chinese, in Chromium).
 */

const SHOW = 'E2E review show';
const ALPHA = { sku: 'RV-A', name: 'Alpha durian', stock: 30 };
const BETA = { sku: 'RV-B', name: 'Beta coconut', stock: 100 };
const CSV = [
  'sku,name_host,name_audience,price,currency,opening_stock,low_stock_threshold,image,talking_points_host,talking_points_audience,talking_points_seconds',
  `${ALPHA.sku},${ALPHA.name},阿尔法榴莲,239.00,CNY,${ALPHA.stock},5,,Big and sweet,又大又甜,30`,
  `${BETA.sku},${BETA.name},贝塔椰子,59.90,CNY,${BETA.stock},10,,,,`,
].join('\n');
const FIRST_BATCH = 10;
const BETA_ORDERS = 20;
const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

/** "+m:ss.t" since the run's start, as the review shows a moment. */
function offsetText(at: number, start: number): string {
  const ms = at - start;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  const tenth = Math.floor((ms % 1000) / 100);
  return `+${minutes}:${String(seconds).padStart(2, '0')}.${tenth}`;
}

function liveStock(page: Page, name: string): Locator {
  return page.getByRole('group', { name: `Live figures of ${name}` }).getByTestId('live-stock');
}

/**
 * Goes live (checklist and typed name), starts the show, pins Alpha and sells part of it, pins Beta and sells some, pins
 * Alpha again and sells it out, then ends the show and the run.
 */
async function crowdRun(page: Page, saleServer: TestSaleServer): Promise<void> {
  const panel = await goLive(page, SHOW, saleServer);
  await expect(liveStock(page, ALPHA.name)).toHaveText(`${ALPHA.stock} of ${ALPHA.stock}`);
  await page.getByRole('button', { name: 'Start show' }).click();
  const startShow = page.getByRole('dialog', { name: 'Start the show' });
  await startShow.getByRole('button', { name: 'Start show' }).click();
  // Keys go to the console only once the dialog has closed.
  await expect(startShow).toBeHidden();
  await expect(page.getByTestId('show-state')).toHaveText('On air');

  await page.locator('body').press('1');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe(ALPHA.sku);
  const first = await saleServer.crowd({ skus: [ALPHA.sku], rate: 200, orders: FIRST_BATCH });
  expect(first.sold).toBe(FIRST_BATCH);
  await expect(liveStock(page, ALPHA.name)).toHaveText(
    `${ALPHA.stock - FIRST_BATCH} of ${ALPHA.stock}`,
  );

  await page.locator('body').press('2');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe(BETA.sku);
  await saleServer.crowd({ skus: [BETA.sku], rate: 200, orders: BETA_ORDERS });
  await expect(liveStock(page, BETA.name)).toHaveText(
    `${BETA.stock - BETA_ORDERS} of ${BETA.stock}`,
  );

  await page.locator('body').press('1');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe(ALPHA.sku);
  const rest = await saleServer.crowd({ skus: [ALPHA.sku], rate: 300, stopWhenSoldOut: true });
  expect(rest.sold).toBe(ALPHA.stock - FIRST_BATCH);
  await expect(liveStock(page, ALPHA.name)).toHaveText(`0 of ${ALPHA.stock}`);

  await page.getByRole('button', { name: 'End show' }).click();
  await page
    .getByRole('dialog', { name: 'End the show' })
    .getByRole('button', { name: 'End show' })
    .click();
  // The live run closes by itself once the server has acknowledged the end of the show.
  await expect(panel.getByRole('button', { name: 'Go live…' })).toBeVisible();
}

/** Clicks an export button and returns its download once the panel says it is saved. */
async function exportFile(page: Page, label: string, format: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Exports' }).getByRole('button', { name: label }).click();
  const download = await downloaded;
  await expect(page.getByTestId(`export-progress-${format}`)).toHaveAttribute(
    'data-phase',
    'saved',
  );
  return download;
}

async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/** The whole review screen in one window-sized shot (a full-page shot cuts the navigation). */
async function screenshot(page: Page, file: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.setViewportSize({ width: 1440, height: 1800 });
  const navigation = page.getByRole('navigation');
  await expect.poll(async () => (await navigation.boundingBox())?.height).toBeGreaterThan(1700);
  await page.mouse.move(0, 1799);
  await page.screenshot({ path: join(OUT_DIR, file) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('review a crowd run: run list, sold-out time, replay, timeline, exports', async ({
  page,
  browser,
  saleServer,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createShowFromCsv(page, SHOW, CSV);
  await crowdRun(page, saleServer);

  // The run list: the run as LIVE with its units; rename and annotate; delete asks first.
  await page.getByRole('navigation').getByRole('link', { name: 'Runs' }).click();
  await expect(page.getByRole('heading', { name: 'Runs', level: 2 })).toBeVisible();
  const row = page.getByTestId('run-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('run-kind')).toHaveText('LIVE');
  await expect(row.getByTestId('run-units')).toHaveText(String(ALPHA.stock + BETA_ORDERS));
  const [run] = await api(page, 'runs.list', {});
  // Runs of one show and kind share a name: the row's buttons add the run's start.
  await expect(row.getByRole('button', { name: `Rename ${run.name} · ` })).toBeVisible();
  await row.getByRole('button', { name: `Rename ${run.name}` }).click();
  const rename = page.getByRole('dialog', { name: `Rename “${run.name}”` });
  await rename.getByRole('textbox', { name: 'Run name' }).fill('Durian night');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('link', { name: 'Durian night' })).toBeVisible();
  await row.getByRole('button', { name: 'Note on Durian night' }).click();
  const note = page.getByRole('dialog', { name: 'Note on “Durian night”' });
  await note.getByRole('textbox', { name: 'Note' }).fill('Alpha sold out fast; restock sooner.');
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('run-note')).toHaveText('Alpha sold out fast; restock sooner.');
  await row.getByRole('button', { name: 'Delete Durian night' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete run' });
  await expect(remove).toContainText(`Delete the live run “Durian night” of “${SHOW}”`);
  await expectNoSeriousA11yViolations(page);
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await expect(remove).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  // The review: totals and the sold-out time of Alpha, as the core computed them.
  await row.getByRole('link', { name: 'Durian night' }).click();
  await expect(page.getByRole('heading', { name: 'Durian night', level: 2 })).toBeVisible();
  const results = await api(page, 'review.results', { runId: run.id });
  const alpha = results.products.find((product) => product.sku === ALPHA.sku);
  if (!alpha?.soldOutAt) throw new Error('Alpha has no sold-out time');
  expect(alpha.unitsSold).toBe(ALPHA.stock);
  await expect(page.getByTestId('run-units')).toHaveText(String(ALPHA.stock + BETA_ORDERS));
  // A live run's length is its wall-clock duration, its moments have a time of day.
  await expect(page.getByTestId('run-duration-label')).toHaveText('Duration');
  await expect(page.getByTestId('review-clock-note')).toHaveCount(0);
  const alphaRow = page.locator(`[data-testid="result-row"][data-sku="${ALPHA.sku}"]`);
  // In English the products go by their host-language names, not the server's audience names.
  await expect(alphaRow.getByRole('rowheader')).toContainText(ALPHA.name);
  await expect(alphaRow.getByTestId('units-sold')).toHaveText(String(ALPHA.stock));
  await expect(alphaRow.getByTestId('sell-through')).toHaveText('100%');
  await expect(alphaRow.getByTestId('sold-out-offset')).toHaveText(
    offsetText(alpha.soldOutAt, results.from),
  );
  const betaRow = page.locator(`[data-testid="result-row"][data-sku="${BETA.sku}"]`);
  await expect(betaRow.getByTestId('sold-out-at')).toHaveText('–');
  await expectNoSeriousA11yViolations(page);

  // Replay: scrub to the middle of the run; what it shows is what review.stateAt says.
  await page.getByRole('tab', { name: 'Replay' }).click();
  const scrubber = page.getByTestId('replay-scrubber');
  const box = await scrubber.boundingBox();
  if (!box) throw new Error('the scrubber is not on screen');
  await scrubber.click({ position: { x: box.width * 0.6, y: box.height / 2 } });
  const state = page.getByTestId('replay-state');
  await expect(state).not.toHaveAttribute('data-at', String(results.from));
  await expect(state).toHaveAttribute('aria-busy', 'false');
  const at = Number(await state.getAttribute('data-at'));
  expect(at).toBeGreaterThan(results.from);
  expect(at).toBeLessThan(results.to);
  const expected = await api(page, 'review.stateAt', { runId: run.id, at });
  await expect(state.getByRole('status')).toHaveText(
    `The console at ${offsetText(at, results.from)}`,
  );
  for (const product of expected.products) {
    const replayed = state.locator(`[data-testid="replay-row"][data-sku="${product.sku}"]`);
    await expect(replayed.getByTestId('replay-stock')).toHaveText(String(product.stock));
    await expect(replayed.getByTestId('replay-sold')).toHaveText(String(product.sold));
  }
  // The keyboard moves the scrubber too: at the end Alpha is sold out.
  await page.getByRole('slider', { name: 'Moment of the run' }).press('End');
  await expect(state).toHaveAttribute('data-at', String(results.to));
  const alphaAtEnd = state.locator(`[data-testid="replay-row"][data-sku="${ALPHA.sku}"]`);
  await expect(alphaAtEnd.getByTestId('replay-stock')).toHaveText('0');
  await expectNoSeriousA11yViolations(page);

  // Timeline: the pin of Beta is an event; replaying it shows Alpha after the first batch.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByTestId('stock-chart').locator('.recharts-line')).toHaveCount(2);
  const pinBeta = page
    .getByTestId('marker-table')
    .getByRole('row')
    .filter({
      hasText: `${BETA.name} pinned`,
    });
  await expect(pinBeta).toHaveCount(1);
  await pinBeta.getByRole('button', { name: /^Replay the console at/ }).click();
  await expect(page.getByRole('tab', { name: 'Replay', selected: true })).toBeVisible();
  await expect(state).toHaveAttribute('aria-busy', 'false');
  await expect(alphaAtEnd.getByTestId('replay-stock')).toHaveText(
    String(ALPHA.stock - FIRST_BATCH),
  );
  await expect(state.getByTestId('replay-pin')).toHaveText(BETA.name);

  // Zoom: the window narrows and the core is asked again for it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const window = page.getByTestId('timeline-window');
  const whole = await window.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(window).not.toHaveText(whole ?? '');
  await page.getByRole('button', { name: 'Earlier' }).click();
  await page.getByRole('button', { name: 'Whole run' }).click();
  await expect(window).toHaveText(whole ?? '');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'review-timeline-en.png');
  await page
    .getByRole('radiogroup', { name: 'Interface language' })
    .getByText('简体中文', { exact: true })
    .click();
  await expect(page.getByRole('tab', { name: '时间线' })).toBeVisible();
  await expect(page.getByText('各商品库存')).toBeVisible();
  // In Chinese they go by their audience-language names.
  await expect(page.getByRole('list', { name: '商品' })).toContainText('贝塔椰子');
  await screenshot(page, 'review-timeline-zh-CN.png');
  await page
    .getByRole('radiogroup', { name: '界面语言' })
    .getByText('English', { exact: true })
    .click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible();

  // Exports: one CSV row per order, the JSON log parses with every entry, a report with the
  // product names and no web address.
  const csv = await exportFile(page, 'Orders (CSV)', 'csv');
  expect(csv.suggestedFilename()).toBe(`${SHOW} - run ${run.id} - orders.csv`);
  const parsed = Papa.parse<Record<string, string>>(await downloadedText(csv), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(results.totals.orders);
  expect(parsed.data.filter((order) => order['sku'] === ALPHA.sku)).toHaveLength(ALPHA.stock);
  expect(parsed.data.filter((order) => order['sku'] === BETA.sku)).toHaveLength(BETA_ORDERS);
  expect(new Set(parsed.data.map((order) => order['run_kind']))).toEqual(new Set(['live']));
  // Each order names its product in both of the lineup's languages.
  expect(parsed.data.find((order) => order['sku'] === ALPHA.sku)).toMatchObject({
    product_host: ALPHA.name,
    product_audience: '阿尔法榴莲',
  });

  const json = await exportFile(page, 'Run log (JSON)', 'json');
  expect(json.suggestedFilename()).toBe(`${SHOW} - run ${run.id} - run log.json`);
  const log = JSON.parse(await downloadedText(json)) as {
    rehearsal: boolean;
    run: { id: number; name: string };
    entries: { seq: number; kind: string; payload: { type?: string } }[];
    count: number;
  };
  expect(log.rehearsal).toBe(false);
  expect(log.run).toMatchObject({ id: run.id, name: 'Durian night' });
  expect(log.entries).toHaveLength(log.count);
  const orders = log.entries.filter(
    (entry) => entry.kind === 'event' && entry.payload.type === 'order',
  );
  expect(orders).toHaveLength(results.totals.orders);

  const report = await exportFile(page, 'Report (HTML)', 'html');
  expect(report.suggestedFilename()).toBe(`${SHOW} - run ${run.id} - report.html`);
  const html = await downloadedText(report);
  // In the UI's language, products named as the lineup has them in it.
  for (const name of [ALPHA.name, BETA.name]) expect(html).toContain(name);
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('Durian night');
  expect(html).not.toMatch(/https?:\/\//);
  await expectNoSeriousA11yViolations(page);
  // The other language on request: the whole report in Chinese, with the Chinese names.
  const exports = page.getByRole('region', { name: 'Exports' });
  await exports
    .getByRole('radiogroup', { name: 'Report language' })
    .getByText('简体中文', { exact: true })
    .click();
  const chineseReport = await exportFile(page, 'Report (HTML)', 'html');
  expect(chineseReport.suggestedFilename()).toBe(`${SHOW} - run ${run.id} - report zh-CN.html`);
  const chinese = await downloadedText(chineseReport);
  expect(chinese).toContain('<html lang="zh-CN">');
  for (const text of ['各商品结果', '阿尔法榴莲', '贝塔椰子']) expect(chinese).toContain(text);
  expect(chinese).not.toContain('Results per product');
  // Each report on its own: axe-clean under its own strict policy, which refuses nothing of it.
  for (const reportHtml of [html, chinese]) {
    const reportContext = await browser.newContext();
    const reportView = await reportContext.newPage();
    const refused: string[] = [];
    reportView.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await reportView.setContent(reportHtml);
    await expect(reportView.locator('footer')).toHaveCSS('color', 'rgb(73, 80, 87)');
    await expectNoSeriousA11yViolations(reportView);
    expect(refused).toEqual([]);
    await reportContext.close();
  }

  // Compare: a rehearsal of the same show against the live run, per product.
  await api(page, 'rehearsal.start', { showId: run.showId, preset: 'calm', seed: 7, speed: 20 });
  const rehearsal = await api(page, 'rehearsal.stop', {});
  const comparison = await api(page, 'review.compare', { runIdA: run.id, runIdB: rehearsal.id });
  await page.getByRole('tab', { name: 'Compare' }).click();
  const compare = page.getByTestId('compare-table');
  await expect(compare.getByRole('columnheader').nth(1)).toContainText('Durian night');
  await expect(compare.getByRole('columnheader').nth(2)).toContainText(rehearsal.name);
  await expect(compare.getByRole('columnheader').nth(2).getByTestId('run-kind')).toHaveText(
    'REHEARSAL',
  );
  for (const row of comparison.rows) {
    const units = compare.locator(`[data-sku="${row.sku}"][data-figure="unitsSold"]`);
    await expect(units.getByRole('cell').nth(1)).toHaveText(String(row.a?.unitsSold ?? '–'));
    await expect(units.getByRole('cell').nth(2)).toHaveText(String(row.b?.unitsSold ?? '–'));
  }
  await expectNoSeriousA11yViolations(page);

  // The rehearsal is marked as such in the list, on its review and in its exports' names.
  await page.getByRole('link', { name: 'All runs' }).click();
  const rehearsalRow = page.locator(`[data-testid="run-row"][data-run-id="${rehearsal.id}"]`);
  await expect(rehearsalRow.getByTestId('run-kind')).toHaveText('REHEARSAL');
  await rehearsalRow.getByRole('link', { name: rehearsal.name }).click();
  await expect(page.getByTestId('rehearsal-notice')).toBeVisible();
  // A rehearsal's times are show time, said so: its length, its sold-out column.
  await expect(page.getByTestId('review-clock-note')).toBeVisible();
  await expect(page.getByTestId('run-duration-label')).toHaveText('Show time');
  await expect(page.getByRole('columnheader', { name: 'Sold out at (show time)' })).toBeVisible();
  const rehearsalReport = await exportFile(page, 'Report (HTML)', 'html');
  expect(rehearsalReport.suggestedFilename()).toBe(
    `REHEARSAL - ${SHOW} - run ${rehearsal.id} - report.html`,
  );
  expect(await downloadedText(rehearsalReport)).toContain('REHEARSAL');
  await expectNoSeriousA11yViolations(page);

  if (SCREENSHOTS) {
    const reportPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [download, shot] of [
      [report, 'review-report.png'],
      [chineseReport, 'review-report-zh-CN.png'],
    ] as const) {
      const file = test.info().outputPath(download.suggestedFilename());
      await download.saveAs(file);
      await reportPage.goto(pathToFileURL(file).href);
      await expect(reportPage.getByRole('heading', { level: 1 })).toContainText('Durian night');
      await reportPage.screenshot({ path: join(OUT_DIR, shot), fullPage: true });
    }
    await reportPage.close();
  }
});

test('the review of a run still open says its figures run to the log’s last entry', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const [demo] = await api(page, 'show.list', {});
  const started = await api(page, 'rehearsal.start', {
    showId: demo.id,
    preset: 'calm',
    seed: 3,
    speed: 10,
    startShow: true,
  });
  await expect
    .poll(async () => (await api(page, 'rehearsal.state', {}))?.simulatedMs ?? 0, {
      timeout: 60_000,
    })
    .toBeGreaterThan(5_000);
  await page.evaluate((runId) => {
    window.location.hash = `#/runs/${runId}`;
  }, started.run.id);
  await expect(page.getByText('This run is still open: the figures go up to')).toBeVisible();
  await expect(page.getByTestId('run-duration-label')).toHaveText('Show time so far');
  await expect(page.getByTestId('run-duration-note')).toHaveText(
    /^to the log's last entry, at show time \+\d+:\d\d\.\d$/,
  );
  await api(page, 'rehearsal.stop', {});
  await page.reload();
  await expect(page.getByTestId('run-duration-label')).toHaveText('Show time');
  await expect(page.getByTestId('run-duration-note')).toHaveCount(0);
});
