import { card, expect, openLiveConsole, test } from './support/live-console';
import { expectNoSeriousA11yViolations } from './fixtures';

/** On air: a talking point added, a flash-sale cue fired with Enter, a cue armed on sell-out. */

test('a point added on air, a flash-sale cue fired with Enter, auto-arm on sell-out', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1440, height: 900 });
  const alpha = card(page, 1, 'Alpha durian');
  const current = page.getByTestId('console-current-point');
  await page.getByRole('button', { name: 'Start show' }).click();
  await page
    .getByRole('dialog', { name: 'Start the show' })
    .getByRole('button', { name: 'Start show' })
    .click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('On air');

  // A point added on the fly comes right after the current one.
  await page.getByRole('button', { name: 'Add a talking point' }).click();
  const add = page.getByRole('dialog', { name: 'Add a talking point on air' });
  await add
    .getByRole('textbox', { name: 'Text (host language)' })
    .fill('Say hello to the new fans');
  await add.getByRole('button', { name: 'Add after the current point' }).click();
  await expect(add).toBeHidden();
  await expect(current).toHaveText('Welcome to the fruit night!');
  await page.locator('body').press('n');
  await expect(current).toHaveText('Say hello to the new fans');

  // A cue with a flash sale is confirmed when armed, then fired with Enter.
  await page.getByRole('button', { name: 'Arm…' }).click();
  const arm = page.getByRole('dialog', { name: 'Arm the next cue' });
  await expect(arm.getByRole('combobox', { name: 'Product to pin' })).toHaveValue(
    '1. Alpha durian',
  );
  await arm.getByRole('switch', { name: 'Start a flash sale with it' }).check();
  await arm.getByRole('textbox', { name: 'Flash price (CNY)' }).fill('199');
  await arm.getByRole('textbox', { name: 'Units, at most' }).fill('10');
  await arm.getByRole('textbox', { name: 'Duration in seconds' }).fill('120');
  await arm.getByRole('button', { name: 'Review' }).click();
  await expect(arm.getByRole('listitem')).toHaveText([
    'Pin Alpha durian',
    'Flash sale at 199.00 CNY, at most 10 units, for 2:00',
    'Load its talking points',
  ]);
  await arm.getByRole('button', { name: 'Arm' }).click();
  await expect(arm).toBeHidden();
  await expect(page.getByTestId('armed-cue').getByRole('listitem')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await page.mouse.click(100, 880);
  await page.keyboard.press('Enter');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect.poll(() => saleServer.inspect().snapshot.products[0]?.flashSale?.unitCap).toBe(10);
  await expect(alpha.getByTestId('card-price')).toHaveText('199.00 CNY');
  await expect(alpha.getByText(/^0 of 10 · [12]:\d\d left$/)).toBeVisible();
  await expect(current).toHaveText('Only 40 left at ¥199!');

  // With auto-arm on, the pinned product selling out arms the next slot by itself.
  const autoArm = page.getByRole('switch', { name: 'Arm next slot on sold out' });
  await autoArm.click();
  await expect(autoArm).toBeChecked();
  const sold = await saleServer.crowd({ skus: ['E2E-A'], rate: 400, stopWhenSoldOut: true });
  expect(sold.unitsSold).toBe(40);
  await expect(alpha.getByTestId('sold-out-badge')).toHaveText('Sold out');
  await expect(alpha.getByTestId('card-forecast')).toHaveText(/^Sold out \d:\d\d after first pin$/);
  await expect(page.getByTestId('armed-cue')).toContainText('Beta coconut');
  await expect(page.getByTestId('armed-cue')).toContainText('armed on sell-out');
  // At 1440x900 the log is folded to one line until opened.
  await page.getByTestId('log-toggle').click();
  await expect(
    page.getByTestId('log-entry').filter({ hasText: 'Alpha durian sold out' }),
  ).toHaveCount(1);
});
