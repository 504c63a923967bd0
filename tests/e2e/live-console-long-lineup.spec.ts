import { card, expect, openRun, test, type ProductSeed } from './support/live-console';
import { expectNoSeriousA11yViolations } from './fixtures';

/**
 * The console with no run open, then a long lineup: only the cards in view render; key 9 pins
 * slot 9.
 */

test('no run, then a long lineup: the cards in view are rendered; key 9 pins slot 9', async ({
  page,
  saleServer,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const lineup: ProductSeed[] = Array.from({ length: 40 }, (_, index) => ({
    sku: `P${String(index + 1).padStart(2, '0')}`,
    nameHost: `Product ${index + 1}`,
    nameAudience: `商品 ${index + 1}`,
    priceMinor: 1000 + index,
    stock: 100,
    points: [],
  }));
  // With no run open the console says so; it follows the run as soon as one opens.
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByRole('heading', { name: 'No run open', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await openRun(page, saleServer, lineup);
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(card(page, 1, 'Product 1').getByTestId('card-stock')).toHaveText('100');
  const rendered = await page.getByTestId('console-card').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(40);

  await page.locator('body').press('9');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('P09');
  await expect(card(page, 9, 'Product 9').getByTestId('pin-badge')).toHaveText('Pinned');

  await page.getByRole('region', { name: 'Lineup on air' }).hover();
  await page.mouse.wheel(0, 6000);
  await expect(card(page, 40, 'Product 40').getByTestId('card-stock')).toHaveText('100');
  await expect(card(page, 1, 'Product 1')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
