import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const DEMO_SHOW = '618 Thai fruit live (Tmall)';

test('the browser host serves the console with the demo show', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await expect(page).toHaveTitle(/Showdesk/);
  await expect(page.getByRole('link', { name: DEMO_SHOW })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: DEMO_SHOW }).click();
  await expect(page.getByText('Durian').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test('a reload keeps the console connected (token cookie)', async ({ page }) => {
  await expect(page.getByRole('link', { name: DEMO_SHOW })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: DEMO_SHOW })).toBeVisible();
});

test('the console comes back after the host restarts on the same data', async ({ page, app }) => {
  await page.getByRole('link', { name: DEMO_SHOW }).click();
  await expect(page.getByText('Durian').first()).toBeVisible();
  await app.restart({ crash: true });
  await page.goto(app.url);
  await expect(page.getByRole('link', { name: DEMO_SHOW })).toBeVisible();
});

test('emoji are drawn with the colour emoji font the app bundles', async ({ page, app }) => {
  await expect(page.getByRole('link', { name: DEMO_SHOW })).toBeVisible();
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  // A product name with emoji, in the app's own font (this Debian has no emoji font installed).
  await page.evaluate(() => {
    const name = document.createElement('span');
    name.textContent = 'Durian 🔥🥭';
    document.body.append(name);
  });
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.fonts].some(
          (font) => font.family.includes('Showdesk Emoji') && font.status === 'loaded',
        ),
      ),
    )
    .toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(fontRequests.every((url) => new URL(url).origin === new URL(app.url).origin)).toBe(true);
  // And they show: drawn in the app's emoji font, an emoji leaves paint (this Chromium reads the
  // colour font's COLRv1 glyphs but painted them blank, a gap where the emoji should be).
  const paintedPixels = () =>
    page.evaluate(async () => {
      await document.fonts.load('24px "Showdesk Emoji"', '🔥');
      const canvas = document.createElement('canvas');
      canvas.width = 32;
      canvas.height = 32;
      const context = canvas.getContext('2d');
      if (context === null) return 0;
      context.font = '24px "Showdesk Emoji"';
      context.fillText('🔥', 2, 26);
      return [...context.getImageData(0, 0, 32, 32).data].filter(
        (value, index) => index % 4 === 3 && value > 0,
      ).length;
    });
  await expect.poll(paintedPixels).toBeGreaterThan(20);
});
