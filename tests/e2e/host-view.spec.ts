import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ProductInput } from '../../src/shared/model/lineup';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { api } from './support/page-api';
import { goLiveThrough } from '../support/go-live';

/**
 * The host view in a second page next to the producer's: it opens from the navigation, says no
 * run is open, then follows the producer's talking-point moves, a fired cue and a crowd's orders
 * live. With SHOWDESK_SCREENSHOTS=1 it also writes docs/screenshots/host-view-en.png and
 * host-view-zh-CN.png.
 */

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

/** The browser global the page function below uses (the tests compile without DOM types). */
interface BrowserGlobals {
  getComputedStyle(element: unknown): { fontSize: string };
}

function product(sku: string, nameHost: string, nameAudience: string, stock: number): ProductInput {
  return {
    sku,
    nameHost,
    nameAudience,
    priceMinor: 23900,
    currency: 'CNY',
    openingStock: stock,
    lowStockThreshold: 10,
    imagePath: null,
  };
}

/** A show with a welcome point, two durian points with live values and a coconut. */
async function createShow(page: Page): Promise<{ showId: number; durianId: number }> {
  const created = await api(page, 'show.create', { name: 'Host view e2e' });
  await api(page, 'product.add', {
    showId: created.id,
    product: product('HV-DUR', 'Golden durian', '金枕榴莲', 40),
  });
  const show = await api(page, 'product.add', {
    showId: created.id,
    product: product('HV-COC', 'Young coconut', '椰青', 200),
  });
  const [durian, coconut] = show.products;
  const points = [
    {
      productId: null,
      textHost: 'Welcome to the fruit night!',
      textAudience: '欢迎来到水果之夜！',
    },
    {
      productId: durian.id,
      textHost: 'Only {left} left at {price}!',
      textAudience: '只剩 {left} 个，仅售 {price}！',
    },
    {
      productId: durian.id,
      textHost: 'Already {sold} sold: creamy, sweet and fresh from Chanthaburi this morning.',
      textAudience: '已售 {sold} 个：香甜软糯，今早刚从尖竹汶运来。',
    },
    { productId: coconut.id, textHost: 'Cold coconut water', textAudience: '冰镇椰子水' },
  ];
  for (const { productId, ...point } of points) {
    await api(page, 'talkingPoint.add', {
      showId: created.id,
      productId,
      point: { ...point, plannedSeconds: 30 },
    });
  }
  return { showId: created.id, durianId: durian.id };
}

test('the host view follows the producer live and changes nothing', async ({
  page,
  saleServer,
}) => {
  // Open the host view from the producer's navigation: a second page of the same context.
  const [host] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: /Host view/ }).click(),
  ]);
  await host.setViewportSize({ width: 1920, height: 1080 });
  await expect(host.getByRole('heading', { name: 'No run open', level: 1 })).toBeVisible();
  await expect(host).toHaveTitle('Showdesk host view');

  const { showId, durianId } = await createShow(page);
  await goLiveThrough((method, input) => api(page, method, input), {
    showId,
    serverUrl: saleServer.url,
    token: saleServer.token,
    serverShowId: saleServer.showId,
  });
  const current = host.getByTestId('host-current');
  await expect(current).toHaveText('Welcome to the fruit night!');
  await expect(host.getByTestId('host-current-audience')).toHaveText('欢迎来到水果之夜！');
  await expect(host.getByTestId('host-next')).toHaveText('Only 40 left at ¥239!');
  const fontSize = await current.evaluate(
    (element) => (globalThis as unknown as BrowserGlobals).getComputedStyle(element).fontSize,
  );
  expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(56);

  // The producer advances the talking point: the host view changes.
  await api(page, 'onair.next', {});
  await expect(current).toHaveText('Only 40 left at ¥239!');
  await expect(host.getByTestId('host-current-audience')).toHaveText('只剩 40 个，仅售 ¥239！');
  await api(page, 'onair.previous', {});
  await expect(current).toHaveText('Welcome to the fruit night!');

  // A cue pins the durian with a flash sale and loads its points.
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await expect(host.getByTestId('host-show-state')).toHaveText('On air');
  await api(page, 'cue.arm', {
    cue: {
      productId: durianId,
      pinSeconds: 900,
      flashSale: { priceMinor: 19900, unitCap: 30, seconds: 600 },
    },
  });
  await api(page, 'cue.fire', {});
  await expect(host.getByTestId('host-pinned-name')).toHaveText('Golden durian');
  await expect(host.getByTestId('host-flash-sale')).toBeVisible();
  await expect(current).toHaveText('Only 40 left at ¥199!');

  // The crowd buys: the numbers the host reads follow the orders.
  await saleServer.crowd({ skus: ['HV-DUR'], rate: Infinity, orders: 15, viewers: 12_500 });
  await expect(current).toHaveText('Only 25 left at ¥199!');
  await expect(host.getByTestId('host-stock')).toHaveText('25 of 40 left');
  await expect(host.getByTestId('host-next')).toHaveText(/^Already 15 sold/);

  // Its only button sets how it is displayed (mirror, text size, contrast), not the show.
  await expect(host.getByRole('button')).toHaveCount(1);
  await expect(host.getByRole('button')).toHaveAccessibleName(
    'Display: mirror, text size, contrast',
  );
  await expect(host.getByRole('textbox')).toHaveCount(0);
  await expectNoSeriousA11yViolations(host);

  if (SCREENSHOTS) {
    await host.screenshot({ path: join(OUT_DIR, 'host-view-en.png') });
    await api(page, 'settings.setLanguage', { language: 'zh-CN' });
    await host.reload();
    await expect(host.getByRole('heading', { name: '讲解要点', level: 2 })).toBeVisible();
    await expect(current).toHaveText('Only 25 left at ¥199!');
    await host.screenshot({ path: join(OUT_DIR, 'host-view-zh-CN.png') });
  }

  // The run ends: the host view says so.
  await api(page, 'run.end', {});
  await expect(host.getByTestId('host-no-run')).toBeVisible();
});
