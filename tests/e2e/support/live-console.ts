import type { Locator, Page } from '@playwright/test';
import type { ProductInput } from '../../../src/shared/model/lineup';
import { expect, test } from '../fixtures';
import { api } from './page-api';
import { goLiveThrough } from '../../support/go-live';
import type { TestSaleServer } from './sale-server';

/**
 * Shared set-up of the live console's end-to-end tests (live-console-*.spec.ts): the console API
 * called from the page, a seeded show connected to the fixtures' sale server, and locators for
 * the console's cards and talking-point queue.
 */

export { api, expect, test };

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

/** The product a seed stands for: in CNY, its low-stock alert at a quarter of its stock. */
export function productInput(seed: ProductSeed): ProductInput {
  return {
    sku: seed.sku,
    nameHost: seed.nameHost,
    nameAudience: seed.nameAudience,
    priceMinor: seed.priceMinor,
    currency: 'CNY',
    openingStock: seed.stock,
    lowStockThreshold: Math.round(seed.stock / 4),
    imagePath: seed.imagePath ?? null,
  };
}

/** A show with a welcome point and LINEUP, connected to the sale server; resolves its id. */
export async function openRun(
  page: Page,
  server: Pick<TestSaleServer, 'url' | 'token' | 'showId'>,
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
    const updated = await api(page, 'product.add', {
      showId: show.id,
      product: productInput(seed),
    });
    const productId = updated.products[updated.products.length - 1].id;
    for (const [textHost, textAudience] of seed.points) {
      await api(page, 'talkingPoint.add', {
        showId: show.id,
        productId,
        point: { textHost, textAudience, plannedSeconds: 45 },
      });
    }
  }
  await goLiveThrough((method, input) => api(page, method, input), {
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

/**
 * A seeded show (LINEUP unless given) connected to the sale server, with its live console open at
 * the given screen size; resolves the show's id.
 */
export async function openLiveConsole(
  page: Page,
  server: TestSaleServer,
  size: { width: number; height: number },
  lineup = LINEUP,
): Promise<number> {
  await page.setViewportSize(size);
  const showId = await openRun(page, server, lineup);
  await openConsole(page);
  return showId;
}

/**
 * Opens the console from the navigation and waits for it to be connected and synced: its first
 * card (LINEUP's unless named) showing its stock of 40.
 */
export async function openConsole(page: Page, first = LINEUP[0].nameHost): Promise<void> {
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(card(page, 1, first).getByTestId('card-stock')).toHaveText('40');
}

/**
 * A seeded show's live console at the given size with the show started and its first product
 * pinned from the keyboard (1), as the console shows it; resolves the show's id.
 */
export async function openPinnedConsole(
  page: Page,
  server: TestSaleServer,
  size: { width: number; height: number },
  lineup = LINEUP,
): Promise<number> {
  const showId = await openLiveConsole(page, server, size, lineup);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await page.locator('body').press('1');
  await expect(card(page, 1, lineup[0].nameHost).getByTestId('pin-badge')).toHaveText('Pinned');
  return showId;
}

/**
 * A burst of comments on the first product for 4 s (300 a second, 1,200 in all: more than the
 * comments list keeps), with a few orders; `seed` picks the comments.
 */
export function commentBurst(server: TestSaleServer, seed: number): Promise<unknown> {
  return server.crowd({
    skus: ['E2E-A'],
    rate: 5,
    seconds: 4,
    comments: { perSecond: 300, seed, products: [{ sku: 'E2E-A', name: '阿尔法榴莲' }] },
  });
}
