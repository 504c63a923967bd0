/**
 * The review of a run open in Debian's Chromium at 1920x1080, served by the built browser host
 * (`web:built`) on a data folder that holds the run: its results, then its timeline, then its
 * replay tab, the page's memory read once each shows its content and the page is idle
 * (bench/support/page-memory.ts).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../../src/main/web/ensure-built';
import { projectPaths } from '../../src/main/web/project-paths';
import { BrowserHostProcess } from '../../tests/e2e/support/browser-host-process';
import { ROOT } from './child';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { PageMemoryProbe, type PageMemory } from './page-memory';

export interface ReviewPageMemory {
  tabs: { results: PageMemory; timeline: PageMemory; replay: PageMemory };
  /** The JS heap kept on the replay tab after a full garbage collection, MiB. */
  retainedHeapMiB: number;
}

/**
 * Opens the review of `runId` (a run of `products` products) from the database in `dataDir`,
 * visits its results, timeline and replay tabs, and reads the page's memory on each once it shows
 * the tab's content: a row per product, a stock line per product, the replayed state.
 */
export async function reviewPageMemory(
  dataDir: string,
  runId: number,
  products: number,
): Promise<ReviewPageMemory> {
  ensureBuilt(ROOT, [
    path.join(projectPaths().rendererDir, 'index.html'),
    path.join(ROOT, 'out/main/web-host.js'),
  ]);
  const host = new BrowserHostProcess(dataDir, 'built');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const url = await host.start();
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}#/runs/${runId}`);
    const probe = await PageMemoryProbe.open(page);
    const rows = page.getByTestId('result-row');
    await rows.nth(products - 1).waitFor();
    const results = await probe.read();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page
      .getByTestId('stock-chart')
      .locator('.recharts-line')
      .nth(products - 1)
      .waitFor();
    const timeline = await probe.read();
    await page.getByRole('tab', { name: 'Replay' }).click();
    await page.getByTestId('replay-state').waitFor();
    const replay = await probe.read();
    const retainedHeapMiB = await probe.retainedHeapMiB();
    await probe.close();
    return { tabs: { results, timeline, replay }, retainedHeapMiB };
  } finally {
    await browser.close();
    await host.stop();
  }
}
