import { auditSettledLayout, fittedForNow } from './support/layout-audit';
import { api, card, expect, openLiveConsole, test } from './support/live-console';

/**
 * The busiest card on a laptop screen: pinned, low on stock and on a flash sale whose units and
 * time left are long numbers. Every badge and figure stays inside the card, in both languages.
 */
test('at 1280x720 a pinned card low on stock on a long flash sale keeps every badge inside it', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1280, height: 720 });
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await page.locator('body').press('1');
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
