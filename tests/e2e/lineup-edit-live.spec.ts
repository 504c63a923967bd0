import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Editing the lineup while a live run of the show is open: price and opening stock are refused
 * on their fields with the live command to use instead (the sale server keeps selling at its
 * own price), a talking point naming an unknown value is refused naming it, and the name and
 * talking points still save.
 */

const SHOW = 'E2E edit while live';
const CSV = [
  'sku,name_host,name_audience,price,currency,opening_stock,low_stock_threshold,image,talking_points_host,talking_points_audience,talking_points_seconds',
  'E2E-A,Alpha durian,阿尔法榴莲,239.00,CNY,40,10,,Big and sweet,又大又甜,30',
  'E2E-B,Beta coconut,贝塔椰子,59.90,CNY,200,20,,,,',
].join('\n');

async function createShow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New show' }).click();
  const create = page.getByRole('dialog', { name: 'New show' });
  await create.getByRole('textbox', { name: 'Show name' }).fill(SHOW);
  await create.getByRole('button', { name: 'New show' }).click();
  await expect(page.getByRole('heading', { name: SHOW, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: `Import CSV into “${SHOW}”` });
  await dialog.getByRole('textbox', { name: 'Or paste the CSV here' }).fill(CSV);
  await expect(dialog.getByText('2 products will be imported:')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a lineup edit during a live run: price and stock refused with the live command, name and talking points saved', async ({
  page,
  saleServer,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createShow(page);
  const panel = page.getByRole('region', { name: 'Sale server' });
  await panel.getByRole('textbox', { name: 'Server address' }).fill(saleServer.url);
  await panel.getByLabel('Show token').fill(saleServer.token);
  await panel.getByRole('textbox', { name: 'Show id on the server' }).fill(saleServer.showId);
  await panel.getByRole('button', { name: 'Go live…' }).click();
  const goLive = page.getByRole('dialog', { name: `Go live with “${SHOW}”` });
  await goLive.getByRole('textbox', { name: /Type the show’s name/ }).fill(SHOW);
  await goLive.getByRole('button', { name: 'Go live', exact: true }).click();
  await expect(goLive).toBeHidden();
  const link = page.getByRole('group', { name: 'Sale-server link' });
  await expect(link.getByRole('status')).toHaveText('Sale server: Connected');
  await expect.poll(() => saleServer.inspect().snapshot.products.length).toBe(2);

  // Price and opening stock: refused on their fields, naming the live command.
  await page.getByRole('button', { name: 'Edit Alpha durian' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Alpha durian”' });
  await edit.getByRole('textbox', { name: 'Price' }).fill('199');
  await edit.getByRole('textbox', { name: 'Opening stock' }).fill('60');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('textbox', { name: 'Price' })).toHaveAccessibleDescription(
    /change the price with Set price on the live console/,
  );
  await expect(edit.getByRole('textbox', { name: 'Opening stock' })).toHaveAccessibleDescription(
    /add stock with Restock on the live console/,
  );

  // The name saves once price and stock are as the server has them.
  await edit.getByRole('textbox', { name: 'Price' }).fill('239.00');
  await edit.getByRole('textbox', { name: 'Opening stock' }).fill('40');
  await edit.getByRole('textbox', { name: 'Name (English)' }).fill('Alpha durian XL');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('group', { name: 'Live figures of Alpha durian XL' })).toBeVisible();

  // A talking point with an unknown value is refused naming it; a supported one saves.
  const points = page.getByRole('list', { name: 'Talking points for Alpha durian XL' });
  await points.getByRole('button', { name: /^Edit point 1/ }).click();
  const point = page.getByRole('dialog', { name: 'Edit talking point: Alpha durian XL' });
  const hostText = point.getByRole('textbox', { name: 'What the host says (English)' });
  await hostText.fill('Only {stock} left!');
  await point.getByRole('button', { name: 'Save' }).click();
  await expect(hostText).toHaveAccessibleDescription(
    /\{stock\} is not a live value: use \{price\}, \{left\}, \{sold\}, \{rate\}, \{forecast\}/,
  );
  await hostText.fill('Only {left} left!');
  await point.getByRole('button', { name: 'Save' }).click();
  await expect(point).toBeHidden();
  await expect(points.getByRole('listitem')).toHaveText([/Only \{left\} left!/]);

  // The server still sells at its own price and stock.
  const served = saleServer.inspect().snapshot.products.find((product) => product.sku === 'E2E-A');
  expect(served).toMatchObject({ priceMinor: 23900, stock: 40 });
});
