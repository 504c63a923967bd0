import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  api,
  expect,
  LINEUP,
  openPinnedConsole,
  type ProductSeed,
  test,
} from './support/live-console';
import { auditSettledLayout, pointsProblems, wholeInView } from './support/layout-audit';

/**
 * The comments panel open leaves the lineup its room: at least three product cards stay whole in
 * view beside it on a laptop screen (1280x720) and larger ones, in English and in Chinese, with a
 * prompter alert and a question on the host view taking their lines too; the panel passes the
 * layout check, its note under the list and the question on the host view read whole (not only in
 * a tooltip), and its list shows at least five whole comments. The talking points beside it (a tab
 * of their own on a laptop screen) show the current point and the next one whole. With
 * SHOWDESK_LAYOUT_SHOTS=<folder> it saves a screenshot of each size and language there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];
const SIZES = [
  [1280, 720],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const;

const SIX: ProductSeed[] = [
  ...LINEUP,
  ...['Delta mango', 'Epsilon tea', 'Zeta honey'].map((name, index) => ({
    sku: `E2E-${'DEF'[index]}`,
    nameHost: name,
    nameAudience: `${name} 中文`,
    priceMinor: 4990,
    stock: 100,
    points: [] as [string, string][],
  })),
];

/** How many product cards lie whole inside the lineup's scrolling area. */
function wholeCards(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-testid="console-card"]')];
    const scroller = cards[0]?.closest('[data-testid="console-lineup-scroll"]');
    if (!scroller) return 0;
    const box = scroller.getBoundingClientRect();
    return cards.filter((element) => {
      const r = element.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    }).length;
  });
}

/** The least number of comments the producer reads at once in the list, at every size. */
const WHOLE_COMMENTS = 5;

test('the lineup, five comments and the current and next points stay in view', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(180_000);
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 }, SIX);
  await saleServer.crowd({
    skus: ['E2E-A'],
    rate: 20,
    seconds: 3,
    comments: { perSecond: 300, seed: 7, products: [{ sku: 'E2E-A', name: '阿尔法榴莲' }] },
  });
  await expect(page.getByTestId('prompter-alert')).toBeVisible();
  const question = (await api(page, 'audience.recent', {})).find((c) => c.question && !c.blocked);
  if (!question) throw new Error('the crowd asked no question');
  await api(page, 'audience.sendToHost', { commentId: question.id });

  for (const language of ['en', 'zh-CN'] as const) {
    if (language === 'zh-CN') {
      await api(page, 'settings.setLanguage', { language });
      await page.reload();
      // The console's hotkeys listen once it is drawn again (its chunk may load late).
      await expect(page.getByTestId('comments-panel')).toBeVisible();
    }
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // The layout follows the size a frame later (up to 960 px high the comments are a tab):
      // a key pressed before that would focus the panel about to move and lose its focus.
      const tabs = page.getByTestId('side-tabs');
      if (height <= 960) await expect(tabs).toBeVisible();
      else await expect(tabs).toHaveCount(0);
      const panel = page.getByTestId('comments-panel');
      await page.locator('body').press('c');
      await expect(panel.getByTestId('comment-feed')).toBeFocused();
      await expect(panel.getByTestId('host-question-sent')).toBeVisible();
      await expect(panel.getByTestId('comment-row').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const where = `${width}x${height} ${language}`;
      if (SHOTS !== undefined) {
        await page.screenshot({ path: join(SHOTS, `comments-${where.replace(' ', '-')}.png`) });
      }
      expect(await wholeCards(page), where).toBeGreaterThanOrEqual(3);
      await expect(panel.getByTestId('comments-note')).toBeVisible();
      const found = await auditSettledLayout(page, {
        noScrolling: false,
        within: '[data-testid="comments-panel"]',
        textsWhole: ['comments-note', 'host-question-sent'],
      });
      expect.soft(found, where).toEqual([]);
      const rows = await wholeInView(page, '[data-testid="comment-row"]');
      expect
        .soft(rows.filter(Boolean).length, `${where}: whole comments`)
        .toBeGreaterThanOrEqual(WHOLE_COMMENTS);
      // The talking points: on a laptop screen their tab (the comments' tab hides them).
      if (height <= 960) {
        await tabs.getByRole('tab').first().click();
        await expect(page.getByTestId('console-current-text')).toBeVisible();
      }
      if (SHOTS !== undefined) {
        await page.screenshot({ path: join(SHOTS, `points-${where.replace(' ', '-')}.png`) });
      }
      expect.soft(await pointsProblems(page), where).toEqual([]);
      // Prompter alerts name products in the host language whatever the UI speaks.
      await expect(page.getByTestId('prompter-alert')).toContainText('Alpha durian');
    }
  }
});
