import type { Locator, Page } from '@playwright/test';
import { api, expect, openPinnedConsole, test } from './support/live-console';

/**
 * A talking point of a sold-out product is skipped on the producer's console, in both of its
 * lines and in the queue: struck through, its "0 left" not picked out, the queue row marked sold
 * out, in English and in Chinese.
 */

const struck = (line: Locator) =>
  line.evaluate((element) => getComputedStyle(element).textDecorationLine);

async function expectSkipped(page: Page, mark: string): Promise<void> {
  await expect(page.getByTestId('current-point-sold-out')).toBeVisible();
  await expect(page.getByTestId('console-current-point')).toHaveText('Only 0 left at ¥239!');
  await expect(page.getByTestId('console-current-audience')).toHaveText('只剩 0 个，仅售 ¥239！');
  await expect.poll(() => struck(page.getByTestId('console-current-point'))).toBe('line-through');
  await expect
    .poll(() => struck(page.getByTestId('console-current-audience')))
    .toBe('line-through');
  const row = page.getByTestId('queue-item').filter({ hasText: 'Only 0 left at ¥239!' });
  await expect(row).toHaveAttribute('data-sold-out', 'true');
  await expect.poll(() => struck(row.getByTestId('queue-item-text'))).toBe('line-through');
  await expect(row.getByTestId('queue-item-mark')).toHaveText(`${mark} · Alpha durian`);
  // A point of the whole show without live values stays as it is.
  const welcome = page.getByTestId('queue-item').filter({ hasText: 'Welcome to the fruit night!' });
  await expect(welcome).toHaveAttribute('data-sold-out', 'false');
}

test('a sold-out product’s talking point shows as skipped in both lines and in the queue', async ({
  page,
  saleServer,
}) => {
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 });
  await expect(page.getByTestId('console-current-point')).toHaveText('Only 40 left at ¥239!');
  await expect(page.getByTestId('current-point-sold-out')).toHaveCount(0);

  await saleServer.crowd({ skus: ['E2E-A'], rate: Infinity, orders: 40 });
  await expectSkipped(page, 'Sold out: skip');

  await api(page, 'settings.setLanguage', { language: 'zh-CN' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectSkipped(page, '已售罄：跳过');
  await expect(page.getByTestId('current-point-sold-out')).toHaveText('已售罄：跳过');
  await api(page, 'settings.setLanguage', { language: 'en' });
});
