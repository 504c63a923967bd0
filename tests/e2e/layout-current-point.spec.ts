import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LANGUAGES, setLanguage } from './support/language';
import { auditSettledLayout, pointsProblems } from './support/layout-audit';
import {
  LINEUP,
  type ProductSeed,
  api,
  expect,
  openConsole,
  openRun,
  test,
} from './support/live-console';
import type { TestSaleServer } from './support/sale-server';

/**
 * The current talking point of a product with a 120-character name (the longest a name may be),
 * at the laptop and the desktop size in English and Chinese: the point card stays whole in its
 * panel (its buttons whole at rest, not under the panel's bottom edge), its text cut short with an ellipsis and
 * readable whole in its title, and the queue under it shows the next point whole. With SHOWDESK_LAYOUT_SHOTS=<folder> it saves a screenshot of each
 * size and language there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];

const LONG_NAME =
  'Monthong durian from Chanthaburi, hand-picked at dawn, flown in chilled overnight, grade A, gift-boxed for two or more'.slice(
    0,
    120,
  );
const LONG_NAME_ZH =
  '来自尚塔武里府的金枕头榴莲，黎明时分手工采摘，连夜冷链空运抵达，A级品质，精美礼盒装，适合两人或多人分享，果肉金黄细腻，香甜浓郁，入口即化，每一颗都经过挑选，保证成熟度与口感，限量供应，售完即止，欢迎抢购，数量有限，先到先得，绝对超值，不容错过，送礼自用两相宜，'.slice(
    0,
    120,
  );
const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/**
 * The layout check of the live console in each language at each size, with the current point's
 * text whole in its card, and `more` checked at each; every problem named with where it was
 * found. With SHOWDESK_LAYOUT_SHOTS it saves a screenshot of each as `<shot>-<size>-<language>`.
 */
async function pointCardProblems(
  page: Page,
  shot: string,
  more: (where: string) => Promise<string[]> = () => Promise.resolve([]),
): Promise<string[]> {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await setLanguage(page, language);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const where = `${width}x${height} ${language}`;
      if (SHOTS !== undefined) {
        await page.screenshot({ path: join(SHOTS, `${shot}-${where.replace(' ', '-')}.png`) });
      }
      // Under an armed cue the queue still shows the point after the current one (before the
      // layout check, which scrolls each control into view).
      const points = await pointsProblems(page);
      const found = await auditSettledLayout(page, {
        noScrolling: false,
        wholeInView: ['console-current-text', 'console-point-buttons'],
      });
      problems.push(
        ...[...found, ...points].map((problem) => `${where}: ${problem}`),
        ...(await more(where)),
      );
    }
  }
  return problems;
}

/**
 * `lineup`'s run on the live console at 1280x720, the show started and the keyboard's focus on
 * the console (its keys, not a control's).
 */
async function startOnConsole(
  page: Page,
  server: TestSaleServer,
  lineup: ProductSeed[],
): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const showId = await openRun(page, server, lineup);
  await openConsole(page, lineup[0].nameHost);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  // A cue armed for the next slot, as on air: its panel takes the room above the point's.
  const { products } = await api(page, 'show.get', { showId });
  await api(page, 'cue.arm', { cue: { productId: products[1].id, pinSeconds: 120 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('the current point of a product with a 120-character name stays whole in its card', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(300_000);
  const [first, ...others] = LINEUP;
  await startOnConsole(page, saleServer, [
    {
      ...first,
      points: [
        [`${LONG_NAME} — just {left} left`, `${LONG_NAME} — 只剩 {left} 个`],
        ...first.points,
      ],
    },
    ...others,
  ]);
  await page.locator('body').press('n');
  const point = page.getByTestId('console-current-point');
  const whole = `${LONG_NAME} — just 40 left`;
  await expect(point).toHaveText(whole);

  const problems = await pointCardProblems(page, 'current-point', async (where) =>
    // The whole point reads in the text's title wherever the card cuts it short.
    (await point.getAttribute('title')) === whole ? [] : [`${where}: no whole title`],
  );
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the current point of a product named with 120 characters stays whole in its card', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(300_000);
  const [first, ...others] = LINEUP;
  await startOnConsole(page, saleServer, [
    { ...first, nameHost: LONG_NAME, nameAudience: LONG_NAME_ZH },
    ...others,
  ]);
  // Pinned, with the point list following the pin, its first point is current.
  await page.locator('body').press('1');
  const point = page.getByTestId('console-current-point');
  await expect(point).toHaveText('Only 40 left at ¥239!');

  const problems = await pointCardProblems(page, 'current-point-named');
  expect(problems, problems.join('\n')).toEqual([]);
});
