import { card, expect, openLiveConsole, queueTexts, test } from './support/live-console';
import { expectNoSeriousA11yViolations } from './fixtures';

/**
 * The producer's live console (#/live) against a reference sale server: pin by number key, unpin
 * and undo, restock with confirmation, the talking points (keys, drag and drop, kept across a
 * reload), a cue armed and fired with one key each, the command palette, and the host view
 * following in a second page.
 */

test('the producer runs the show from the live console', async ({ page, app, saleServer }) => {
  await openLiveConsole(page, saleServer, { width: 1440, height: 900 });
  const alpha = card(page, 1, 'Alpha durian');
  const beta = card(page, 2, 'Beta coconut');
  const current = page.getByTestId('console-current-point');
  await expect(current).toHaveText('Welcome to the fruit night!');

  await page.getByRole('button', { name: 'Start show' }).click();

  await page

    .getByRole('dialog', { name: 'Start the show' })

    .getByRole('button', { name: 'Start show' })

    .click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('On air');
  await expect.poll(() => saleServer.inspect().state).toBe('live');

  // The host view in a second page follows the producer.
  const host = await page.context().newPage();
  await host.goto(`${app.url}#/host`);
  await expect(host.getByTestId('host-current')).toHaveText('Welcome to the fruit night!');

  // Number key 1 pins slot 1 on the server; the talking points follow the pin.
  await page.locator('body').press('1');
  await expect(alpha.getByTestId('pin-badge')).toHaveText('Pinned');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect(current).toHaveText('Only 40 left at ¥239!');
  await expect(host.getByTestId('host-current')).toHaveText('Only 40 left at ¥239!');

  // N, P and D move the talking points; the host view follows.
  await page.locator('body').press('n');
  await expect(current).toHaveText('Creamy and sweet');
  await expect(host.getByTestId('host-current')).toHaveText('Creamy and sweet');
  await page.locator('body').press('p');
  await expect(current).toHaveText('Only 40 left at ¥239!');
  await page.locator('body').press('d');
  await expect(current).toHaveText('Creamy and sweet');
  await expect(host.getByTestId('host-current')).toHaveText('Creamy and sweet');
  await expect(queueTexts(page)).toHaveText([
    'Welcome to the fruit night!',
    'Only 40 left at ¥239!',
    'Creamy and sweet',
  ]);
  await expect(page.getByTestId('queue-item').nth(1)).toHaveAttribute('data-done', 'true');

  // Drag the current point to the top of the queue: the new order is kept across a reload.
  const handle = page.getByRole('button', { name: 'Move talking point 3: Creamy and sweet' });
  const target = page.getByRole('button', { name: /^Move talking point 1: Welcome/ });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the queue handles are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 10, { steps: 12 });
  await page.mouse.up();
  const reordered = ['Creamy and sweet', 'Welcome to the fruit night!', 'Only 40 left at ¥239!'];
  await expect(queueTexts(page)).toHaveText(reordered);
  await page.reload();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(queueTexts(page)).toHaveText(reordered);
  await expect(current).toHaveText('Creamy and sweet');

  // The crowd buys: the card's figures fall live.
  await saleServer.crowd({ skus: ['E2E-A'], rate: 400, orders: 25, clients: 4, viewers: 1234 });
  await expect(alpha.getByTestId('card-stock')).toHaveText('15');
  await expect(alpha.getByTestId('card-sold')).toHaveText('25 sold · 62.5%');
  await expect(page.getByTestId('strip-viewers')).toHaveText('1,234');

  // U unpins at once; Undo pins the same product again.
  await page.locator('body').press('u');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBeNull();
  await expect(alpha.getByTestId('pin-badge')).toBeHidden();
  // The offer follows a switch of language while it is up (it kept English before). The
  // pointer rests on it, which holds its 8 s; the language is switched with the keyboard.
  await page.getByRole('alert').filter({ hasText: 'Unpinned Alpha durian' }).hover();
  await page.getByRole('radio', { name: 'English' }).focus();
  await page.keyboard.press('ArrowRight');
  const undo = page.getByRole('alert').filter({ hasText: '已取消置顶 Alpha durian' });
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click();
  await expect(alpha.getByTestId('pin-badge')).toHaveText('Pinned');

  // Restock from the card goes through a confirmation.
  await alpha.getByRole('button', { name: 'Restock Alpha durian' }).click();
  const restock = page.getByRole('dialog', { name: 'Restock Alpha durian' });
  await restock.getByRole('textbox', { name: 'Units to add' }).fill('20');
  await restock.getByRole('button', { name: 'Review' }).click();
  await expect(restock.getByTestId('command-confirmation')).toHaveText(
    'Add 20 units to “Alpha durian”? Stock on the sale server goes from 15 to 35.',
  );
  await restock.getByRole('button', { name: 'Restock' }).click();
  await expect(restock).toBeHidden();
  await expect(alpha.getByTestId('card-stock')).toHaveText('35');
  expect(saleServer.inspect().snapshot.products[0]?.stock).toBe(35);

  // The command palette reaches a product's command by words of its name.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Search the console’s commands' });
  await search.fill('price gamma');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Set the price of Gamma rice…' }).click();
  const price = page.getByRole('dialog', { name: 'Set the price of Gamma rice' });
  await expect(price.getByRole('textbox', { name: 'New price (CNY)' })).toHaveValue('12.5');
  await price.getByRole('button', { name: 'Cancel' }).click();
  await expect(price).toBeHidden();

  // A arms the next slot, F fires it: Beta is pinned and its talking point loads.
  await page.locator('body').press('a');
  await expect(page.getByTestId('armed-cue')).toContainText('Beta coconut');
  await page.locator('body').press('f');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-B');
  await expect(beta.getByTestId('pin-badge')).toHaveText('Pinned');
  await expect(page.getByTestId('armed-cue')).toHaveText('Nothing armed.');
  await expect(current).toHaveText('Cold coconut water');
  await expect(host.getByTestId('host-pinned-name')).toHaveText('Beta coconut');
  await expect(host.getByTestId('host-current')).toHaveText('Cold coconut water');

  await expectNoSeriousA11yViolations(page);
});
