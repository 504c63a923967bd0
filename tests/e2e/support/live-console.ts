import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { runCrowd, type CrowdOptions, type CrowdSummary } from '../../../src/sale-server/crowd';
import { startSaleServer, type SaleServer } from '../../../src/sale-server/server';
import type { ProductInput } from '../../../src/shared/model/lineup';
import { expect, test as base } from '../fixtures';
import { api } from './page-api';

/**
 * Shared set-up of the live console's end-to-end tests (live-console-*.spec.ts): a restartable
 * reference sale server as a fixture, the console API called from the page, a seeded show
 * connected to the server, and locators for the console's cards and talking-point queue.
 */

export { api, expect };

/** A sale server that can be stopped and started again on the same port and ledger. */
export interface RestartableServer {
  readonly url: string;
  readonly token: string;
  readonly showId: string;
  inspect(): ReturnType<SaleServer['inspect']>;
  crowd(options: Omit<CrowdOptions, 'url' | 'token' | 'showId'>): Promise<CrowdSummary>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const test = base.extend<{ saleServer: RestartableServer }>({
  // eslint-disable-next-line no-empty-pattern
  saleServer: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-console-sale-'));
    const token = `e2e-${randomUUID()}`;
    const showId = 'e2e-console';
    let port = 0;
    let server: SaleServer | null = null;
    const running = (): SaleServer => {
      if (server === null) throw new Error('the sale server is stopped');
      return server;
    };
    const start = async () => {
      server = await startSaleServer({
        dataDir,
        token,
        host: '127.0.0.1',
        port,
        shows: [{ showId }],
        log: () => undefined,
      });
      port = server.port;
    };
    const stop = async () => {
      const stopping = server;
      server = null;
      await stopping?.close();
    };
    await start();
    try {
      await use({
        url: running().url,
        token,
        showId,
        inspect: () => running().inspect(showId),
        crowd: (options) => runCrowd({ url: running().url, token, showId, ...options }),
        stop,
        start,
      });
    } finally {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export interface ProductSeed {
  sku: string;
  nameHost: string;
  nameAudience: string;
  priceMinor: number;
  stock: number;
  points: [string, string][];
  imagePath?: string;
}

export const LINEUP: ProductSeed[] = [
  {
    sku: 'E2E-A',
    nameHost: 'Alpha durian',
    nameAudience: '阿尔法榴莲',
    priceMinor: 23900,
    stock: 40,
    points: [
      ['Only {left} left at {price}!', '只剩 {left} 个，仅售 {price}！'],
      ['Creamy and sweet', '香甜软糯'],
    ],
  },
  {
    sku: 'E2E-B',
    nameHost: 'Beta coconut',
    nameAudience: '贝塔椰子',
    priceMinor: 5990,
    stock: 200,
    points: [['Cold coconut water', '冰镇椰子水']],
  },
  {
    sku: 'E2E-C',
    nameHost: 'Gamma rice',
    nameAudience: '伽马大米',
    priceMinor: 1250,
    stock: 300,
    points: [],
  },
];

/** A show with a welcome point and LINEUP, connected to the sale server; resolves its id. */
export async function openRun(
  page: Page,
  server: RestartableServer,
  lineup = LINEUP,
  name = 'Console e2e',
): Promise<number> {
  const show = await api(page, 'show.create', { name });
  await api(page, 'talkingPoint.add', {
    showId: show.id,
    productId: null,
    point: { textHost: 'Welcome to the fruit night!', textAudience: '欢迎！', plannedSeconds: 30 },
  });
  for (const seed of lineup) {
    const product: ProductInput = {
      sku: seed.sku,
      nameHost: seed.nameHost,
      nameAudience: seed.nameAudience,
      priceMinor: seed.priceMinor,
      currency: 'CNY',
      openingStock: seed.stock,
      lowStockThreshold: Math.round(seed.stock / 4),
      imagePath: seed.imagePath ?? null,
    };
    const updated = await api(page, 'product.add', { showId: show.id, product });
    const productId = updated.products[updated.products.length - 1].id;
    for (const [textHost, textAudience] of seed.points) {
      await api(page, 'talkingPoint.add', {
        showId: show.id,
        productId,
        point: { textHost, textAudience, plannedSeconds: 45 },
      });
    }
  }
  await api(page, 'link.connect', {
    showId: show.id,
    serverUrl: server.url,
    token: server.token,
    serverShowId: server.showId,
  });
  return show.id;
}

export function card(page: Page, slot: number, name: string): Locator {
  return page.getByRole('group', { name: `Slot ${slot}: ${name}` });
}

export function queueTexts(page: Page): Locator {
  return page.getByRole('list', { name: 'Talking-point queue' }).getByTestId('queue-item-text');
}

/** Opens the console from the navigation and waits for it to be connected and synced. */
export async function openConsole(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(card(page, 1, 'Alpha durian').getByTestId('card-stock')).toHaveText('40');
}
