import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { TestSaleServer } from './sale-server';

/**
 * The lineup screen's steps that several end-to-end tests take the way a producer does: create
 * a show, import its lineup from CSV, and go live through the checklist against a sale server.
 */

/** Creates a show named `name` from the shows list and opens it. */
export async function createShow(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New show' }).click();
  const create = page.getByRole('dialog', { name: 'New show' });
  await create.getByRole('textbox', { name: 'Show name' }).fill(name);
  await create.getByRole('button', { name: 'New show' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Creates a show and imports `csv` (a header row and one row per product) into it. */
export async function createShowFromCsv(page: Page, name: string, csv: string): Promise<void> {
  await createShow(page, name);
  const products = csv.trim().split('\n').length - 1;
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: `Import CSV into “${name}”` });
  await dialog.getByRole('textbox', { name: 'Or paste the CSV here' }).fill(csv);
  await expect(dialog.getByText(`${products} products will be imported:`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Fills the open show's sale-server panel with `saleServer`'s address, token and show id, waits
 * until every item of the go-live checklist passed, types the show's name and goes live.
 * Resolves the panel once the link says it is connected.
 */
export async function goLive(
  page: Page,
  show: string,
  saleServer: TestSaleServer,
): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Sale server', exact: true });
  await panel.getByRole('textbox', { name: 'Server address' }).fill(saleServer.url);
  await panel.getByLabel('Show token').fill(saleServer.token);
  await panel.getByRole('textbox', { name: 'Show id on the server' }).fill(saleServer.showId);
  await panel.getByRole('button', { name: 'Go live…' }).click();
  const dialog = page.getByRole('dialog', { name: `Go live with “${show}”` });
  const checklist = dialog.getByTestId('go-live-checklist');
  for (const item of ['server_reachable', 'token_valid', 'show_found', 'lineup']) {
    await expect(checklist.locator(`[data-item="${item}"]`)).toHaveAttribute('data-status', 'ok');
  }
  await dialog.getByRole('textbox', { name: /Type the show’s name to confirm/ }).fill(show);
  await dialog.getByRole('button', { name: 'Go live', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('group', { name: 'Sale-server link' }).getByRole('status'),
  ).toHaveText('Sale server: Connected');
  return panel;
}
