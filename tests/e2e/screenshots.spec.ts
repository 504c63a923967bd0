import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Refreshes the screenshots in docs/screenshots: the lineup editor with the demo show, in English
 * and in Simplified Chinese, at 1440x900. Run with SHOWDESK_SCREENSHOTS=1; skipped otherwise so
 * that a normal test run never rewrites files in the repository.
 */
const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const DEMO_SHOW = '618 Thai fruit live (Tmall)';

test.skip(
  process.env['SHOWDESK_SCREENSHOTS'] !== '1',
  'writes docs/screenshots; run with SHOWDESK_SCREENSHOTS=1',
);

test('lineup editor screenshots in English and Simplified Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('link', { name: DEMO_SHOW }).click();
  await expect(page.getByRole('heading', { name: DEMO_SHOW, level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Products', level: 3 })).toBeVisible();
  await page.mouse.move(0, 899);
  await page.screenshot({ path: join(OUT_DIR, 'lineup-en.png') });

  await page
    .getByRole('radiogroup', { name: 'Interface language' })
    .getByText('简体中文', { exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '商品', level: 3 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.mouse.move(0, 899);
  await page.screenshot({ path: join(OUT_DIR, 'lineup-zh-CN.png') });
});
