import { auditSettledLayout, fittedForNow } from './support/layout-audit';
import { expectNoSeriousA11yViolations } from './fixtures';
import {
  api,
  card,
  expect,
  LINEUP,
  openPinnedConsole,
  openRun,
  test,
} from './support/live-console';

/**
 * The busiest card on a laptop screen: pinned, low on stock and on a flash sale whose units and
 * time left are long numbers. Every badge and figure stays inside the card, in both languages.
 */
test('at 1280x720 a pinned card low on stock on a long flash sale keeps every badge inside it', async ({
  page,
  saleServer,
}) => {
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 });
  await api(page, 'live.command', {
    command: { type: 'flashSale', sku: 'E2E-A', priceMinor: 19900, unitCap: 60_000, seconds: 300 },
  });
  await saleServer.crowd({ skus: ['E2E-A'], rate: Infinity, orders: 32 });
  const durian = card(page, 1, 'Alpha durian');
  await expect(durian.getByTestId('low-stock-badge')).toBeVisible();

  for (const language of ['en', 'zh-CN'] as const) {
    if (language === 'zh-CN') {
      await api(page, 'settings.setLanguage', { language });
      await page.reload();
      await expect(page.getByTestId('low-stock-badge')).toBeVisible();
    }
    await fittedForNow(page);
    const cardBox = await page.locator('[data-sku="E2E-A"]').boundingBox();
    const badges = page.locator('[data-sku="E2E-A"] [data-testid="low-stock-badge"] ~ *');
    const badgeRight = Math.max(
      ...(await badges.evaluateAll((nodes) =>
        nodes.map((node) => node.getBoundingClientRect().right),
      )),
    );
    expect(badgeRight, language).toBeLessThanOrEqual((cardBox?.x ?? 0) + (cardBox?.width ?? 0));
    expect(await auditSettledLayout(page, { noScrolling: false }), language).toEqual([]);
  }
});

test('at 1280x720 a card with 9,999,999 in stock keeps its stock apart from its rate', async ({
  page,
  saleServer,
}) => {
  const lineup = [{ ...LINEUP[0], stock: 9_999_999 }, ...LINEUP.slice(1)];
  await page.setViewportSize({ width: 1280, height: 720 });
  await openRun(page, saleServer, lineup);
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  const big = page.locator('[data-sku="E2E-A"]');
  await expect(big.getByTestId('card-stock')).toHaveText('9,999,999');
  // "9,999,999 of 9,999,999" ran over the rate's "0/s" beside it.
  const gap = await big.evaluate((node) => {
    const stock = node.querySelector('[data-testid="card-stock"]')?.parentElement ?? null;
    const rate = node.querySelector('[data-testid="card-rate"]');
    if (stock === null || rate === null) return null;
    const drawn = [...stock.querySelectorAll('*')].map(
      (part) => part.getBoundingClientRect().right,
    );
    return rate.getBoundingClientRect().left - Math.max(...drawn);
  });
  expect(gap).toBeGreaterThanOrEqual(0);
});

test('a card’s stock bar says what is left of what in words, in English and Chinese', async ({
  page,
  saleServer,
}) => {
  const lineup = [{ ...LINEUP[0], stock: 5_000 }, ...LINEUP.slice(1)];
  await page.setViewportSize({ width: 1280, height: 720 });
  await openRun(page, saleServer, lineup);
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await page.locator('body').press('1');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  const { unitsSold } = await saleServer.crowd({ skus: ['E2E-A'], rate: Infinity, orders: 12 });
  const left = (5_000 - unitsSold).toLocaleString('en');
  const bar = page.getByRole('progressbar', { name: 'Stock of Alpha durian' });
  await expect(bar).toHaveAttribute('aria-valuetext', `${left} of 5,000 left`);
  await expectNoSeriousA11yViolations(page);

  await api(page, 'settings.setLanguage', { language: 'zh-CN' });
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Alpha durian 的库存' })).toHaveAttribute(
    'aria-valuetext',
    `剩余 ${left} / 5,000`,
  );
  await expectNoSeriousA11yViolations(page);
});
