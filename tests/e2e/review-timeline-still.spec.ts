import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { RunLog } from '../../src/main/core/sync/run-log';
import type { ServerEvent } from '../../src/shared/protocol';
import { databaseFile } from '../support/core-api';
import { journalOrders, newRun } from '../support/journal-orders';
import { api } from './support/page-api';

/**
 * The review's timeline is drawn once and then stays still: the page's clock (Playwright's) is
 * paused once the stock chart shows and run on by two seconds, ten times the wait with which the
 * timeline debounces its window, and the charts must not change meanwhile. The window was a new
 * object at each render, so the debounce set it again 200 ms after each render and the timeline
 * rendered anew five times a second for as long as it was open: at 100,000 orders most of a core
 * and over 300 MB of the page's memory (bench/review-open.ts --page).
 */

const ORDERS = 3_000;
/** journalOrders's products (SKU-0 to SKU-4), its orders 7 ms apart from this moment on. */
const PRODUCTS = 5;
const START = 1_700_000_000_000;

/** A finished live run of five products and ORDERS orders in the host's database. */
function seedRun(dataDir: string): number {
  const db = new Database(databaseFile(dataDir));
  try {
    const runId = newRun(db);
    const products: ServerEvent[] = Array.from({ length: PRODUCTS }, (_, index) => ({
      type: 'product',
      seq: index + 1,
      at: START,
      product: {
        sku: `SKU-${index}`,
        name: `Product ${index}`,
        priceMinor: 1990,
        currency: 'CNY',
        stock: 1_000_000,
        sold: 0,
        flashSale: null,
      },
    }));
    new RunLog(db).appendEvents(runId, products, START);
    let seq = PRODUCTS;
    while (seq < PRODUCTS + ORDERS) seq = journalOrders(db, runId, seq, 1_000);
    db.prepare('UPDATE runs SET started_at = ?, ended_at = ? WHERE id = ?').run(
      START,
      START + (PRODUCTS + ORDERS) * 7 + 1_000,
      runId,
    );
    return runId;
  } finally {
    db.close();
  }
}

test('the review timeline renders once and then stays still', async ({ app, page }) => {
  // The host's core has made its database once it answers.
  await api(page, 'show.list', {});
  const runId = seedRun(app.dataDir);
  await page.clock.install();
  await page.goto(`${app.url}#/runs/${runId}`);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const stockChart = page.getByTestId('stock-chart');
  await expect(stockChart.locator('.recharts-line')).toHaveCount(5);
  await expect(page.getByTestId('sales-chart').locator('.recharts-bar-rectangles')).toHaveCount(5);

  await page.clock.pauseAt(Date.now() + 1_000);
  await page.evaluate(() => {
    const changes = { count: 0 };
    Object.assign(window, { timelineChanges: changes });
    new MutationObserver((records) => (changes.count += records.length)).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.clock.runFor(2_000);
  // What the timers set renders in React's next task (a message, not a timer, so not paused).
  const changes = await page.evaluate(async () => {
    const nextTask = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    await nextTask();
    await nextTask();
    return (window as unknown as { timelineChanges: { count: number } }).timelineChanges.count;
  });
  expect(changes).toBe(0);
});
