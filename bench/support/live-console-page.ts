/**
 * The set-up the Chromium benches share: a reference sale server in this process, the browser
 * host as the app ships it (the built bundle, `npm run web:built`: socket.io's release build, no
 * TypeScript compiled at start) in a child process on a fresh data folder, and Debian's Chromium
 * showing the producer's live console of a six-product show, connected, on air, the first product
 * pinned. The build is made when it is missing; after a change, `npm run build` first (`npm run
 * bench` does), or the bench measures the older build left in out/.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSaleServer, type SaleServer } from '../../src/sale-server/server';
import { ensureBuilt } from '../../src/main/web/ensure-built';
import { projectPaths } from '../../src/main/web/project-paths';
import { BUILT_HOST, BrowserHostProcess } from '../../tests/e2e/support/browser-host-process';
import { api } from '../../tests/e2e/support/page-api';
import { goLiveThrough } from '../../tests/support/go-live';
import { ROOT } from './child';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { pageCrowdKind, remoteCrowdNiceness, runCrowd, type CrowdResult } from './crowd';

export const LIVE_TOKEN = 'bench-live';
export const LIVE_SHOW = 'bench-live';
/** The seed of the crowd's comments (the socket crowd's `--comment-seed`). */
const COMMENT_SEED = 14;
/** The pinned product the crowd buys. */
export const PINNED_SKU = 'BENCH-DUR';

export interface LiveConsolePage {
  page: Page;
  /** The reference sale server, in this process. */
  server: SaleServer;
  serverUrl: string;
  /** The browser host's data folder (its database is there). */
  consoleDir: string;
  close(): Promise<void>;
}

/** A show of six products (the first with `stock`), talking points with live values. */
async function openShow(page: Page, serverUrl: string, stock: number): Promise<void> {
  const show = await api(page, 'show.create', { name: 'Live bench' });
  const names = ['Durian', 'Coconut', 'Rice', 'Mango', 'Tea', 'Honey'];
  for (const [index, name] of names.entries()) {
    const updated = await api(page, 'product.add', {
      showId: show.id,
      product: {
        sku: `BENCH-${name.slice(0, 3).toUpperCase()}`,
        nameHost: `${name} of the night`,
        nameAudience: `${name} 今晚`,
        priceMinor: 9900 + index * 1000,
        currency: 'CNY',
        openingStock: index === 0 ? stock : 5000,
        lowStockThreshold: 100,
        imagePath: null,
      },
    });
    const productId = updated.products[updated.products.length - 1].id;
    for (const text of ['Only {left} left at {price}!', 'Already {sold} sold, {rate} a second']) {
      await api(page, 'talkingPoint.add', {
        showId: show.id,
        productId,
        point: { textHost: text, textAudience: text, plannedSeconds: 60 },
      });
    }
  }
  await goLiveThrough((method, input) => api(page, method, input), {
    showId: show.id,
    serverUrl,
    token: LIVE_TOKEN,
    serverShowId: LIVE_SHOW,
  });
}

/**
 * Opens the live console with `stock` units of the pinned product, at 1440x900 unless a
 * viewport is given (above 960 px high the comments panel sits open under the lineup);
 * `initScript` runs in the page before the app's own script.
 */
export async function openLiveConsole(
  stock: number,
  viewport = { width: 1440, height: 900 },
  initScript?: string,
): Promise<LiveConsolePage> {
  const { rendererDir } = projectPaths();
  ensureBuilt(ROOT, [path.join(rendererDir, 'index.html'), path.join(ROOT, BUILT_HOST)]);
  const saleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-live-sale-'));
  const consoleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-live-console-'));
  const server = await startSaleServer({
    dataDir: saleDir,
    token: LIVE_TOKEN,
    shows: [{ showId: LIVE_SHOW }],
    log: () => undefined,
  });
  const host = new BrowserHostProcess(consoleDir, 'built');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    await host.stop();
    await server.close();
    await fs.rm(saleDir, { recursive: true, force: true });
    await fs.rm(consoleDir, { recursive: true, force: true });
  };
  try {
    const url = await host.start();
    const page = await browser.newPage({ viewport });
    if (initScript !== undefined) await page.addInitScript(initScript);
    await page.goto(`${url}#/`);
    await openShow(page, server.url, stock);
    await page.goto(`${url}#/live`);
    await page.getByTestId('strip-link').filter({ hasText: 'Connected' }).waitFor();
    await page.getByRole('button', { name: 'Start show' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start the show' });
    await dialog.getByRole('button', { name: 'Start show' }).click();
    await page.getByTestId('strip-show-state').filter({ hasText: 'On air' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('body').press('1');
    await page.getByTestId('pin-badge').waitFor();
    return { page, server, serverUrl: server.url, consoleDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A crowd buying the console's pinned product at `rate` orders a second for `seconds`, writing
 * `comments` comments a second (9,000,000 viewers then, 90,000 without): in the sale server's
 * process, or with SHOWDESK_BENCH_CROWD=sockets as crowd processes (one per 10,000 orders/s) at
 * the page benches' niceness (bench/support/crowd.ts).
 */
export async function crowdOnConsole(
  live: Pick<LiveConsolePage, 'server'>,
  plan: { rate: number; seconds: number; comments: number },
): Promise<CrowdResult> {
  const viewers = plan.comments > 0 ? 9_000_000 : 90_000;
  if (pageCrowdKind() === 'sockets') {
    return runCrowd({
      url: live.server.url,
      token: LIVE_TOKEN,
      show: LIVE_SHOW,
      skus: [PINNED_SKU],
      rate: plan.rate,
      seconds: plan.seconds,
      processes: Math.max(1, Math.ceil(plan.rate / 10_000)),
      viewers,
      ...(plan.comments > 0 ? { comments: plan.comments } : {}),
      niceness: remoteCrowdNiceness(),
    });
  }
  const summary = await live.server.crowd(LIVE_SHOW, {
    skus: [PINNED_SKU],
    rate: plan.rate,
    seconds: plan.seconds,
    viewers,
    ...(plan.comments > 0
      ? {
          comments: {
            perSecond: plan.comments,
            seed: COMMENT_SEED,
            products: [{ sku: PINNED_SKU, name: PINNED_SKU }],
          },
        }
      : {}),
  });
  return {
    sold: summary.sold,
    durationMs: summary.durationMs,
    rate: summary.sold / (summary.durationMs / 1000),
    comments: summary.comments,
  };
}
