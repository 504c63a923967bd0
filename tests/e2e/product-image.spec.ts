import type { Locator, Page } from '@playwright/test';
import { TINY_PNG_BASE64 } from '../support/tiny-png';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/**
 * Product pictures: chosen in the product form, stored by the core, shown on the lineup card and
 * on the live console's card (loaded from the browser host's /media path).
 */
const DEMO_SHOW = '618 Thai fruit live (Tmall)';
const DURIAN = 'Monthong durian, one whole fruit (2-3 kg)';

async function openEdit(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: `Edit ${DURIAN}` }).click();
  const form = page.getByRole('dialog', { name: `Edit “${DURIAN}”` });
  await expect(form).toBeVisible();
  return form;
}

async function choosePicture(page: Page, form: Locator, name: string, bytes: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: /^(Choose|Replace) picture…$/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: bytes });
}

/** The picture has loaded (a broken image has no natural width). */
async function expectLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect
    .poll(() =>
      image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(1);
}

function lineupCard(page: Page): Locator {
  return page.getByTestId('product-card').filter({ hasText: DURIAN });
}

test('a picture chosen in the product form shows on the lineup and the live console', async ({
  page,
}) => {
  // Three axe scans and a rehearsal with its crowd: more than the default 30 s on a busy machine.
  await page.getByRole('link', { name: DEMO_SHOW }).click();
  await expect(page.getByRole('heading', { name: DEMO_SHOW, level: 2 })).toBeVisible();
  await expect(lineupCard(page).getByTestId('product-picture')).toHaveCount(0);

  // A file that claims to be a PNG but is not one is refused by the core, on the field.
  let form = await openEdit(page);
  await choosePicture(page, form, 'fake.png', Buffer.from('not a picture at all'));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('The file is not a PNG picture')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  form = await openEdit(page);
  await choosePicture(page, form, 'durian.png', Buffer.from(TINY_PNG_BASE64, 'base64'));
  await expectLoaded(form.getByRole('img', { name: DURIAN }));
  await expect(form.getByRole('button', { name: 'Remove picture' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const thumb = lineupCard(page).getByRole('img', { name: DURIAN });
  await expectLoaded(thumb);
  await expect(thumb).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\.png$/);
  await expectNoSeriousA11yViolations(page);

  // Stored: still there after a reload.
  await page.reload();
  await expectLoaded(lineupCard(page).getByRole('img', { name: DURIAN }));

  // On air: the live console's card shows the same picture.
  const panel = page.getByRole('region', { name: 'Rehearsal' });
  await panel.getByRole('button', { name: 'Start rehearsal' }).click();
  await expect(panel.getByTestId('rehearsal-status')).toHaveText('Running');
  await page.getByRole('link', { name: 'Live console' }).click();
  const consoleCard = page.getByRole('group', { name: `Slot 1: ${DURIAN}` });
  await expectLoaded(consoleCard.getByRole('img', { name: DURIAN }));
  await expectNoSeriousA11yViolations(page);
});

test('removing the picture brings back the placeholder', async ({ page }) => {
  await page.getByRole('link', { name: DEMO_SHOW }).click();
  let form = await openEdit(page);
  await choosePicture(page, form, 'durian.png', Buffer.from(TINY_PNG_BASE64, 'base64'));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expectLoaded(lineupCard(page).getByRole('img', { name: DURIAN }));

  form = await openEdit(page);
  await form.getByRole('button', { name: 'Remove picture' }).click();
  await expect(form.getByTestId('product-picture')).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Choose picture…' })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(lineupCard(page).getByTestId('product-picture')).toHaveCount(0);
  await expect(lineupCard(page).getByTestId('product-details')).toContainText('none');
});

test('a new product is saved with its picture, also after a refused one', async ({ page }) => {
  await page.getByRole('link', { name: DEMO_SHOW }).click();
  await page.getByRole('button', { name: 'Add product' }).click();
  const form = page.getByRole('dialog', { name: 'Add product' });
  await form.getByRole('textbox', { name: 'Name (English)' }).fill('Rambutan, 1 kg');
  await form.getByRole('textbox', { name: 'Name (简体中文)' }).fill('红毛丹 1公斤');
  await form.getByRole('textbox', { name: 'SKU' }).fill('TH-RAMBUTAN');
  await form.getByRole('textbox', { name: 'Price' }).fill('39');
  await form.getByRole('textbox', { name: 'Opening stock' }).fill('500');

  // The product is added but the fake picture refused; saving again updates the same product.
  await choosePicture(page, form, 'fake.png', Buffer.from('not a picture at all'));
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form.getByText('The file is not a PNG picture')).toBeVisible();
  await choosePicture(page, form, 'rambutan.png', Buffer.from(TINY_PNG_BASE64, 'base64'));
  await form.getByRole('button', { name: 'Add product' }).click();
  await expect(form).toBeHidden();

  const card = page.getByTestId('product-card').filter({ hasText: 'Rambutan, 1 kg' });
  await expect(card).toHaveCount(1);
  await expectLoaded(card.getByRole('img', { name: 'Rambutan, 1 kg' }));
});
