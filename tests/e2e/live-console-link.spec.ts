import type { Locator } from '@playwright/test';
import { api, card, expect, openLiveConsole, test } from './support/live-console';
import { expectNoSeriousA11yViolations } from './fixtures';

/** Whether a click at the element's centre reaches it (nothing lies on top of it). */
async function reachable(element: Locator): Promise<boolean> {
  return element.evaluate((shown) => {
    const box = shown.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && shown.contains(hit);
  });
}

/**
 * The live console's link to the sale server goes down and comes back; a command queued meanwhile
 * is applied once.
 */

test('the link drops and comes back; a command queued meanwhile is applied once', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1920, height: 1080 });
  const strip = page.getByTestId('status-strip');
  const beta = card(page, 2, 'Beta coconut');
  await expect(strip).toHaveAttribute('data-alert', 'false');

  await saleServer.stop();
  await expect(page.getByTestId('strip-link')).toHaveText('Reconnecting');
  await expect(strip).toHaveAttribute('data-alert', 'true');
  const stripAlert = page.getByTestId('strip-alert');
  await expect(stripAlert).toHaveText('Sale-server link down: commands wait');
  await expect(stripAlert).toHaveAttribute('title', /Commands wait in the outbox/);
  // Nothing covers the strip's alert or the header while the link is down (a notification of
  // the lost link once covered both).
  for (const shown of [stripAlert, page.getByRole('radiogroup', { name: 'Interface language' })]) {
    expect(await reachable(shown)).toBe(true);
  }
  await expect(page.getByRole('alert').getByRole('button', { name: 'Close' })).toHaveCount(0);

  // Restock while the server is away: the command waits in the outbox, pending on screen.
  await beta.getByRole('button', { name: 'Restock Beta coconut' }).click();
  const restock = page.getByRole('dialog', { name: 'Restock Beta coconut' });
  await restock.getByRole('textbox', { name: 'Units to add' }).fill('10');
  await restock.getByRole('button', { name: 'Review' }).click();
  await restock.getByRole('button', { name: 'Restock' }).click();
  await expect(restock).toBeHidden();
  await expect(page.getByTestId('strip-pending')).toHaveText('1');
  await expect(page.getByTestId('pending-entry')).toContainText('Restock Beta coconut');
  await expect(beta.getByTestId('pending-badge')).toHaveText('Restock pending…');

  await saleServer.start();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(strip).toHaveAttribute('data-alert', 'false');
  await expect(page.getByTestId('strip-pending')).toHaveText('0');
  await expect(beta.getByTestId('card-stock')).toHaveText('210');
  await expect(page.getByTestId('pending-entry')).toHaveCount(0);
  await expect(page.getByTestId('log-entry').filter({ hasText: 'Restock applied' })).toHaveCount(1);
  expect(saleServer.inspect().snapshot.products[1]?.stock).toBe(210);

  // A rejected command is said by the strip, in red, and by nothing lying over it (a 10 s
  // notification of the same once covered the strip's end and its buttons).
  await api(page, 'live.command', { command: { type: 'restock', sku: 'NOPE', units: 1 } });
  await expect(stripAlert).toHaveText(/^Restock rejected: /);
  await expect(strip).toHaveAttribute('data-alert', 'true');
  const covered = [
    stripAlert,
    page.getByTestId('strip-link'),
    ...(await strip.getByRole('button').all()),
  ];
  for (const shown of covered) expect(await reachable(shown)).toBe(true);
  await expect(page.getByRole('alert').getByRole('button', { name: 'Close' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
