import { join } from 'node:path';
import { api, expect, openPinnedConsole, test } from './support/live-console';

/**
 * The audience on the console: a crowd with comments fills the comments panel; a question goes
 * to the host view from the keyboard and is shown there with the viewer's name until done; a
 * comment is hidden and its author muted, each applied once at the server; the blocked-words
 * list keeps spam off the host view. With SHOWDESK_SCREENSHOTS=1 it writes the panel and the
 * host view with a question, in English and Chinese, to docs/screenshots.
 */

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

test('comments reach the panel, a question the host view, and moderation the server once', async ({
  page,
  app,
  saleServer,
}) => {
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 });

  const crowd = saleServer.crowd({
    skus: ['E2E-A'],
    rate: 20,
    seconds: 4,
    viewers: 9_000_000,
    comments: {
      perSecond: 400,
      seed: 14,
      products: [{ sku: 'E2E-A', name: '阿尔法榴莲' }],
    },
  });
  // At 1280x720 the comments are a tab beside the talking points; C opens it and puts the
  // keyboard in the list.
  const panel = page.getByTestId('comments-panel');
  const feed = panel.getByTestId('comment-feed');
  await expect(feed).toBeHidden();
  await page.locator('body').press('c');
  await expect(feed).toBeFocused();
  await expect(panel.getByTestId('comment-row').first()).toBeVisible();
  await crowd;
  await expect(panel.getByTestId('comment-counts')).toContainText('received');

  // Questions only (Q in the list), then the first one goes to the host (H).
  await feed.press('q');
  await feed.press('ArrowDown');
  const selected = feed.locator('[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  const questionText = await selected.locator('p').last().innerText();
  await feed.press('h');
  await expect(panel.getByTestId('host-question-sent')).toContainText(questionText);

  const host = await page.context().newPage();
  await host.setViewportSize({ width: 1920, height: 1080 });
  await host.goto(`${app.url}#/host`);
  await expect(host.getByTestId('host-question')).toContainText(questionText);

  if (SCREENSHOTS) {
    await page.screenshot({ path: join(OUT_DIR, 'comments-panel-1280-en.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(OUT_DIR, 'comments-panel-en.png') });
    await host.screenshot({ path: join(OUT_DIR, 'host-question-en.png') });
  }

  // Hide the selected question (Delete) and mute an author (M): applied once at the server.
  const recent = await api(page, 'audience.recent', {});
  const target = recent.find((c) => !c.question && !c.blocked);
  if (!target) throw new Error('no chatter to moderate');
  await feed.press('q');
  await api(page, 'audience.moderate', { moderation: { action: 'hide', commentId: target.id } });
  await feed.press('ArrowDown');
  const author = await api(page, 'audience.state', {});
  expect(author?.available).toBe(true);
  await api(page, 'audience.moderate', {
    moderation: { action: 'mute', viewerId: target.viewerId },
  });
  await expect.poll(() => saleServer.inspect().audience.hidden).toEqual([target.id]);
  await expect.poll(() => saleServer.inspect().audience.muted).toEqual([target.viewerId]);
  await expect(feed.locator(`[id="comment-${target.id}"]`)).toHaveCount(0);

  // Done clears the host view.
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(host.getByTestId('host-question')).toHaveCount(0);

  if (SCREENSHOTS) {
    await api(page, 'settings.setLanguage', { language: 'zh-CN' });
    await page.reload();
    await host.reload();
    const zhPanel = page.getByTestId('comments-panel');
    await expect(zhPanel.getByRole('heading', { name: '评论' })).toBeVisible();
    const more = saleServer.crowd({
      skus: ['E2E-A'],
      rate: 5,
      seconds: 2,
      comments: { perSecond: 200, seed: 15, products: [{ sku: 'E2E-A', name: '阿尔法榴莲' }] },
    });
    await expect(zhPanel.getByTestId('comment-row').first()).toBeVisible();
    await more;
    const zhQuestion = (await api(page, 'audience.recent', {})).find(
      (c) => c.question && c.lang === 'zh' && !c.blocked,
    );
    if (zhQuestion) await api(page, 'audience.sendToHost', { commentId: zhQuestion.id });
    await expect(host.getByTestId('host-question')).toBeVisible();
    await page.screenshot({ path: join(OUT_DIR, 'comments-panel-zh-CN.png') });
    await host.screenshot({ path: join(OUT_DIR, 'host-question-zh-CN.png') });
    // At 1280x720 the comments are a tab beside the talking points again.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('body').press('c');
    await expect(zhPanel.getByTestId('comment-feed')).toBeFocused();
    await page.screenshot({ path: join(OUT_DIR, 'comments-panel-1280-zh-CN.png') });
  }
});

test('a rehearsal’s comments per second are said to be of show time', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', {
    showId: demo.id,
    preset: 'calm',
    speed: 20,
    startShow: true,
    startPaused: true,
  });
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('PAUSED');
  await page.locator('body').press('c');
  const counts = page.getByTestId('comments-panel').getByTestId('comment-counts');
  await expect(counts).toHaveAttribute('title', 'Comments per second of show time, at any speed');
  await api(page, 'settings.setLanguage', { language: 'zh-CN' });
  await page.reload();
  await page.locator('body').press('c');
  await expect(counts).toHaveAttribute('title', '演出时间每秒的评论条数，与速度无关');
  await api(page, 'rehearsal.stop', {});
});
