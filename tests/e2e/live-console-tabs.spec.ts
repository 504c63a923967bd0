import type { Page } from '@playwright/test';
import { api, expect, openLiveConsole, test } from './support/live-console';

/**
 * Two consoles on one core (two tabs, or a console reopened): each shows the whole story of the
 * run in Recent events, however late it opened.
 */

async function openSecondConsole(page: Page): Promise<Page> {
  const second = await page.context().newPage();
  await second.setViewportSize({ width: 1920, height: 1080 });
  await second.goto(page.url());
  await expect(second.getByTestId('strip-link')).toHaveText('Connected');
  return second;
}

function logLine(page: Page, text: string) {
  return page.getByTestId('log-entry').filter({ hasText: text });
}

test('a console opened mid-run shows in Recent events what happened before it opened', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1920, height: 1080 });
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'restock', sku: 'E2E-B', units: 10 } });
  await api(page, 'live.command', { command: { type: 'restock', sku: 'NOPE', units: 1 } });
  await api(page, 'live.command', {
    command: { type: 'flashSale', sku: 'E2E-A', priceMinor: 19900, unitCap: 2, seconds: 600 },
  });
  await expect(logLine(page, 'Flash sale on Alpha durian: 199.00')).toHaveCount(1);
  await saleServer.crowd({ skus: ['E2E-A'], rate: Infinity, orders: 2 });
  const story = [
    'Flash sale on Alpha durian ended: all 2 units sold',
    'Flash sale on Alpha durian: 199.00',
    'Beta coconut restocked: 210 in stock',
    'Restock applied',
    'Restock rejected',
    'Show: On air',
  ];
  for (const text of story) await expect(logLine(page, text)).toHaveCount(1);

  const second = await openSecondConsole(page);
  for (const text of story) await expect(logLine(second, text)).toHaveCount(1);
});

test('every console sees how many are open, and can Undo an unpin made in another', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1920, height: 1080 });
  await expect(page.getByTestId('consoles-open')).toHaveCount(0);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');

  const second = await openSecondConsole(page);
  await expect(page.getByTestId('consoles-open')).toHaveText('2 consoles open');
  await expect(second.getByTestId('consoles-open')).toHaveText('2 consoles open');

  // Unpinned here, taken back there; the offer goes from both.
  await page.locator('body').press('u');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBeNull();
  const offerHere = page.getByRole('alert').filter({ hasText: 'Unpinned Alpha durian' });
  const offerThere = second.getByRole('alert').filter({ hasText: 'Unpinned Alpha durian' });
  await expect(offerHere).toBeVisible();
  await offerThere.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect(offerHere).toHaveCount(0);
  await expect(offerThere).toHaveCount(0);

  await second.close();
  await expect(page.getByTestId('consoles-open')).toHaveCount(0);
});
