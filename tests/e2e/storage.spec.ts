import { join } from 'node:path';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { auditLayout } from './support/layout-audit';
import { api } from './support/page-api';

/**
 * The data and backups screen: the background integrity check's word, a backup on request and
 * a restore round trip through the confirmation (the store restarts, the page reloads and shows
 * the restored data). With SHOWDESK_SCREENSHOTS_DIR=<folder> it saves the screen at 1280x720 and
 * 1920x1080 in English and Chinese there.
 */

const SHOTS = process.env['SHOWDESK_SCREENSHOTS_DIR'];

test('backs up and restores from the data and backups screen', async ({ page }) => {
  await page.getByRole('link', { name: 'Data and backups' }).click();
  await expect(page.getByRole('heading', { name: 'Data and backups', level: 2 })).toBeVisible();
  await expect(page.getByTestId('integrity-ok')).toContainText('Database checked: sound');
  await expect(page.getByText('No backup yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  const rows = page.getByRole('table', { name: 'Backups' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('On request');
  await expectNoSeriousA11yViolations(page);

  await api(page, 'show.create', { name: 'Made after the backup' });
  await rows.nth(1).getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('The current database is backed up first');
  await dialog.getByRole('button', { name: 'Restore the backup' }).click();

  // The page reloads on the restored database: the backup before the restore is listed first.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Before a restore');
  const shows = await api(page, 'show.list', {});
  expect(shows.map((show) => show.name)).not.toContain('Made after the backup');

  for (const [language, switcher] of [
    ['en', 'Interface language'],
    ['zh-CN', '界面语言'],
  ] as const) {
    if (language === 'zh-CN') {
      await page
        .getByRole('radiogroup', { name: 'Interface language' })
        .getByText('简体中文')
        .click();
      await expect(page.getByRole('radiogroup', { name: switcher })).toBeVisible();
    }
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await auditLayout(page, { noScrolling: false })).toEqual([]);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `storage-${width}-${language}.png`) });
    }
  }
});
