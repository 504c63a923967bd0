import { expect, test } from './fixtures';
import { createShowFromCsv, goLive } from './support/lineup-screen';

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

test('a lineup edit during a live run: price and stock refused with the live command, name and talking points saved', async ({
  page,
  saleServer,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createShowFromCsv(page, SHOW, CSV);
  await goLive(page, SHOW, saleServer);
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
