import { expect, test } from './fixtures';
import { api } from './support/page-api';

/**
 * The show's audience settings from the lineup screen: blocked words and an alert threshold
 * saved through the form, in English and in Chinese.
 */
test('the audience settings form saves blocked words and alert thresholds', async ({ page }) => {
  const show = await api(page, 'show.create', { name: 'Settings e2e' });
  await page.goto(page.url().replace(/#.*$/, `#/shows/${show.id}`));
  await page.getByRole('button', { name: 'Audience settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Audience settings' });
  await dialog.getByRole('textbox', { name: 'Blocked words' }).fill('scam\n加V, fake');
  await dialog
    .getByRole('textbox', { name: 'Alert: questions about one product per minute' })
    .fill('12');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const saved = await api(page, 'audience.settings', { showId: show.id });
  expect(saved.blockedWords).toEqual(['scam', '加V', 'fake']);
  expect(saved.alerts.questionsPerMinute).toBe(12);

  await api(page, 'settings.setLanguage', { language: 'zh-CN' });
  await page.reload();
  await page.getByRole('button', { name: '观众设置' }).click();
  const zh = page.getByRole('dialog', { name: '观众设置' });
  await expect(zh.getByRole('textbox', { name: '屏蔽词' })).toHaveValue('scam\n加V\nfake');
});

test('with a rehearsal open, the alert thresholds are said to count show time', async ({
  page,
}) => {
  const [demo] = await api(page, 'show.list', {});
  await page.goto(page.url().replace(/#.*$/, `#/shows/${demo.id}`));
  await page.getByRole('button', { name: 'Audience settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Audience settings' });
  const note = 'In the open rehearsal: seconds and minutes of show time, at its speed';
  await expect(dialog.getByRole('textbox', { name: 'Blocked words' })).toBeVisible();
  await expect(dialog.getByText(note)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await api(page, 'rehearsal.start', {
    showId: demo.id,
    preset: 'calm',
    speed: 20,
    startPaused: true,
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Audience settings' }).click();
  await expect(dialog.getByText(note)).toBeVisible();
  // The form keeps whole in the smallest window, its buttons too.
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport({ ratio: 1 });

  await api(page, 'settings.setLanguage', { language: 'zh-CN' });
  await page.reload();
  await page.getByRole('button', { name: '观众设置' }).click();
  const zh = page.getByRole('dialog', { name: '观众设置' });
  await expect(zh.getByText('在进行中的彩排里：按演出时间计秒和分钟，随彩排速度')).toBeVisible();
  await api(page, 'rehearsal.stop', {});
});
