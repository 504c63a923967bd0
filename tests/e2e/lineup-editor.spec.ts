import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

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

  await page.getByRole('button', { name: 'New show' }).click();
  const create = page.getByRole('dialog', { name: 'New show' });
  await create.getByRole('textbox', { name: 'Show name' }).fill(SHOW);
  await create.getByRole('button', { name: 'New show' }).click();
  await expect(page.getByRole('heading', { name: SHOW, level: 2 })).toBeVisible();
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
  await dialog
    .getByRole('textbox', { name: 'Or paste the CSV here' })
    .fill(csv(ALPHA, BETA, gamma('12.50')));
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
});
