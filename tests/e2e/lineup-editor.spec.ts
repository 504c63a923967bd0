import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { createShow } from './support/lineup-screen';

const SHOW = 'E2E spring show';
const HEADER =
  'sku,name_host,name_audience,price,currency,opening_stock,low_stock_threshold,image,talking_points_host,talking_points_audience,talking_points_seconds';
const ALPHA =
  'E2E-A,Alpha durian,阿尔法榴莲,239.00,CNY,100,10,,Big and sweet | Only tonight,又大又甜 | 仅限今晚,30 | 15';
const BETA = 'E2E-B,Beta coconut,贝塔椰子,59.90,CNY,200,20,,,,';
const gamma = (price: string) => `E2E-C,Gamma rice,伽马大米,${price},CNY,300,30,,,,`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

function productList(page: Page) {
  return page.getByRole('list', { name: `Products of ${SHOW}` });
}

function productNames(page: Page) {
  return productList(page).getByRole('heading', { level: 4 });
}

function alphaPoints(page: Page) {
  return page.getByRole('list', { name: 'Talking points for Alpha durian' });
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: `Import CSV into “${SHOW}”` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('build a lineup: create a show, import a CSV, reorder, reload', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Shows', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: '618 Thai fruit live (Tmall)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await createShow(page, SHOW);
  await expect(page.getByText('No products yet.')).toBeVisible();

  // A CSV with one bad price: the problem names its row and column and blocks the import.
  let dialog = await openImport(page);
  await dialog
    .getByRole('textbox', { name: 'Or paste the CSV here' })
    .fill(csv(ALPHA, BETA, gamma('abc')));
  const issues = dialog.getByRole('list', { name: 'Problems in the CSV' });
  await expect(issues.getByRole('listitem')).toHaveCount(1);
  await expect(issues).toContainText('Row 4, column price:');
  await expect(issues).toContainText('"abc"');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No products yet.')).toBeVisible();
  await expect(page.getByText('0 products in the lineup')).toBeVisible();

  // The corrected CSV imports all three products with their talking points.
  dialog = await openImport(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'lineup.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv(ALPHA, BETA, gamma('12.50'))),
  });
  await expect(dialog.getByText('lineup.csv')).toBeVisible();
  await expect(dialog.getByText('3 products will be imported:')).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Products in the CSV' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).toContainText('12.50 CNY');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(productNames(page)).toHaveText(['Alpha durian', 'Beta coconut', 'Gamma rice']);
  await expect(productList(page)).toContainText('239.00 CNY');
  await expect(alphaPoints(page).getByRole('listitem')).toHaveCount(2);

  // Keyboard drag and drop: Alpha goes below Beta.
  const handle = page.getByRole('button', { name: 'Move Alpha durian (position 1)' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Alpha durian is over position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Alpha durian dropped at position 2 of 3.')).toBeAttached();
  await expect(productNames(page)).toHaveText(['Beta coconut', 'Alpha durian', 'Gamma rice']);
  await expect(productList(page)).not.toHaveAttribute('aria-busy', 'true');

  // Pointer drag and drop: Alpha's second talking point goes first.
  const points = alphaPoints(page);
  await expect(points.getByRole('listitem')).toHaveText([/Big and sweet/, /Only tonight/]);
  await points.scrollIntoViewIfNeeded();
  const from = await points.getByRole('button', { name: /^Move talking point 2/ }).boundingBox();
  const to = await points.getByRole('button', { name: /^Move talking point 1/ }).boundingBox();
  if (!from || !to) throw new Error('talking point handles are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 10, { steps: 12 });
  await page.mouse.up();
  await expect(points.getByRole('listitem')).toHaveText([/Only tonight/, /Big and sweet/]);
  await expect(points).not.toHaveAttribute('aria-busy', 'true');

  await page.reload();
  await expect(productNames(page)).toHaveText(['Beta coconut', 'Alpha durian', 'Gamma rice']);
  await expect(alphaPoints(page).getByRole('listitem')).toHaveText([
    /Only tonight/,
    /Big and sweet/,
  ]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${SHOW}.csv`);
  const exported = readFileSync(await file.path(), 'utf8');
  expect(exported.indexOf('E2E-B')).toBeLessThan(exported.indexOf('E2E-A'));
  expect(exported.indexOf('E2E-A')).toBeLessThan(exported.indexOf('E2E-C'));
});

test('shows: rename, duplicate and delete after a confirmation naming the show', async ({
  page,
}) => {
  const demo = '618 Thai fruit live (Tmall)';
  await page.getByRole('button', { name: `Rename ${demo}` }).click();
  const rename = page.getByRole('dialog', { name: `Rename “${demo}”` });
  await rename.getByRole('textbox', { name: 'Show name' }).fill('Durian night');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Durian night' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate Durian night' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate “Durian night”' });
  await expect(duplicate.getByRole('textbox', { name: 'Show name' })).toHaveValue(
    'Durian night (copy)',
  );
  await duplicate.getByRole('button', { name: 'Duplicate' }).click();
  const table = page.getByRole('table', { name: 'Shows' });
  await expect(table.getByRole('row', { name: /Durian night \(copy\)/ })).toContainText('4');

  await page.getByRole('button', { name: 'Delete Durian night', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete show' });
  await expect(confirm).toContainText('Delete the show “Durian night”');
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('link', { name: 'Durian night', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Durian night (copy)' })).toBeVisible();
});

test('products and talking points: validation on the fields, add, edit, remove', async ({
  page,
}) => {
  await createShow(page, SHOW);

  await page.getByRole('button', { name: 'Add product' }).click();
  const form = page.getByRole('dialog', { name: 'Add product' });
  // One submit shows every problem at once: the empty names and SKU, the empty price, and a
  // low-stock alert above the opening stock.
  await form.getByRole('textbox', { name: 'Opening stock' }).fill('10');
  await form.getByRole('textbox', { name: 'Low-stock alert at' }).fill('20');
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form.getByRole('textbox', { name: 'SKU' })).toHaveAccessibleDescription(
    /SKU is empty/,
  );
  await expect(form.getByRole('textbox', { name: 'Name (English)' })).toHaveAccessibleDescription(
    /is empty/,
  );
  await expect(form.getByRole('textbox', { name: 'Price' })).toHaveAccessibleDescription(
    'Enter a number',
  );
  await form.getByRole('textbox', { name: 'Price' }).fill('1');
  await form.getByRole('textbox', { name: 'SKU' }).fill('TH-X');
  await form.getByRole('textbox', { name: 'Name (English)' }).fill('X');
  await form.getByRole('textbox', { name: 'Name (简体中文)' }).fill('X');
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(
    form.getByRole('textbox', { name: 'Low-stock alert at' }),
  ).toHaveAccessibleDescription(/^low-stock alert is above the opening stock/);
  await form.getByRole('textbox', { name: 'Low-stock alert at' }).fill('0');
  // A price over the limit names the limit as money (it said "must be at most 100000000": fen).
  await form.getByRole('textbox', { name: 'Price' }).fill('9999999');
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form.getByRole('textbox', { name: 'Price' })).toHaveAccessibleDescription(
    'must be at most 1,000,000.00 CNY',
  );
  await form.getByRole('textbox', { name: 'Name (English)' }).fill('Jasmine rice, 5 kg');
  await form.getByRole('textbox', { name: 'Name (简体中文)' }).fill('泰国茉莉香米 5公斤');
  await form.getByRole('textbox', { name: 'SKU' }).fill('bad sku!');
  await form.getByRole('textbox', { name: 'Price' }).fill('59.9');
  await form.getByRole('textbox', { name: 'Opening stock' }).fill('3000');
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form.getByRole('textbox', { name: 'SKU' })).toHaveAccessibleDescription(
    /SKU may hold only letters, digits, dot, dash, underscore/,
  );
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('textbox', { name: 'SKU' }).fill('TH-RICE-5KG');
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form).toBeHidden();
  await expect(productNames(page)).toHaveText(['Jasmine rice, 5 kg']);
  await expect(productList(page)).toContainText('59.90 CNY');
  await expect(productList(page)).toContainText('3,000');

  await page.getByRole('button', { name: 'Edit Jasmine rice, 5 kg' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Jasmine rice, 5 kg”' });
  await expect(edit.getByRole('textbox', { name: 'Price' })).toHaveValue('59.90');
  await edit.getByRole('textbox', { name: 'Price' }).fill('49.5');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(productList(page)).toContainText('49.50 CNY');

  await page.getByRole('button', { name: 'Add talking point for Jasmine rice, 5 kg' }).click();
  const point = page.getByRole('dialog', { name: 'New talking point: Jasmine rice, 5 kg' });
  await point.getByRole('textbox', { name: 'What the host says (English)' }).fill('Smell it!');
  await point.getByRole('textbox', { name: 'Audience text (简体中文)' }).fill('闻一闻！');
  await point.getByRole('textbox', { name: 'Planned time (seconds)' }).fill('20');
  await point.getByRole('button', { name: 'Add talking point' }).click();
  await expect(point).toBeHidden();
  const points = page.getByRole('list', { name: 'Talking points for Jasmine rice, 5 kg' });
  await expect(points.getByRole('listitem')).toHaveText([/Smell it!.*闻一闻！.*0:20 planned/]);

  await page.getByRole('button', { name: 'Add show talking point' }).click();
  const opening = page.getByRole('dialog', { name: `New talking point: ${SHOW}` });
  await opening.getByRole('textbox', { name: 'What the host says (English)' }).fill('Welcome!');
  await opening.getByRole('button', { name: 'Add talking point' }).click();
  await expect(page.getByRole('list', { name: 'Show talking points' })).toContainText('Welcome!');

  await points.getByRole('button', { name: /^Remove point 1/ }).click();
  const removePoint = page.getByRole('dialog', { name: 'Remove talking point' });
  await expect(removePoint).toContainText('“Smell it!”');
  await removePoint.getByRole('button', { name: 'Remove' }).click();
  await expect(points).toBeHidden();

  await page.getByRole('button', { name: 'Remove Jasmine rice, 5 kg' }).click();
  const removeProduct = page.getByRole('dialog', { name: 'Remove product' });
  await expect(removeProduct).toContainText(`“Jasmine rice, 5 kg”`);
  await removeProduct.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No products yet.')).toBeVisible();
});

test('the UI language is switched in the header and kept after a reload', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('radiogroup', { name: 'Interface language' })
    .getByText('简体中文', { exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '直播节目', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('button', { name: '新建节目' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoSeriousA11yViolations(page);
});

test('at 1100 px wide a product card puts its details under the names', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.getByRole('link', { name: '618 Thai fruit live (Tmall)' }).click();
  const card = page.getByTestId('product-card').first();
  await expect(card.getByRole('heading', { level: 4 })).toHaveText(
    'Monthong durian, one whole fruit (2-3 kg)',
  );
  const names = await card.getByTestId('product-names').boundingBox();
  const details = await card.getByTestId('product-details').boundingBox();
  const heading = await card.getByRole('heading', { level: 4 }).boundingBox();
  expect(names && details && heading).toBeTruthy();
  if (!names || !details || !heading) return;
  // The details start below the names, and the name has room for more than a word per line.
  expect(details.y).toBeGreaterThanOrEqual(names.y + names.height);
  expect(names.width).toBeGreaterThan(400);
  expect(heading.height).toBeLessThan(60);

  await page.setViewportSize({ width: 1440, height: 900 });
  const wide = await card.getByTestId('product-details').boundingBox();
  expect(wide?.y).toBeLessThan(names.y + 10);
  await expectNoSeriousA11yViolations(page);
});
