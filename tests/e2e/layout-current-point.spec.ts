import { join } from 'node:path';
import { auditSettledLayout } from './support/layout-audit';
import { LINEUP, api, expect, openConsole, openRun, test } from './support/live-console';

/**
 * The current talking point of a product with a 120-character name (the longest a name may be),
 * at the laptop and the desktop size in English and Chinese: the point card stays whole in its
 * panel (its buttons and the queue under it with it), its text cut short with an ellipsis and
 * readable whole in its title. With SHOWDESK_LAYOUT_SHOTS=<folder> it saves a screenshot of each
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
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

test('the current point of a product with a 120-character name stays whole in its card', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const [first, ...others] = LINEUP;
  await openRun(page, saleServer, [
    {
      ...first,
      points: [
        [`${LONG_NAME} — just {left} left`, `${LONG_NAME} — 只剩 {left} 个`],
        ...first.points,
      ],
    },
    ...others,
  ]);
  await openConsole(page);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press('n');
  const point = page.getByTestId('console-current-point');
  const whole = `${LONG_NAME} — just 40 left`;
  await expect(point).toHaveText(whole);

  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await page
      .getByRole('radiogroup', { name: /Interface language|界面语言/ })
      .getByText(language.name, { exact: true })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const where = `${width}x${height} ${language.code}`;
      if (SHOTS !== undefined) {
        await page.screenshot({
          path: join(SHOTS, `current-point-${where.replace(' ', '-')}.png`),
        });
      }
      const found = await auditSettledLayout(page, {
        noScrolling: false,
        wholeInView: ['console-current-text'],
      });
      problems.push(...found.map((problem) => `${where}: ${problem}`));
      // The whole point reads in the text's title wherever the card cuts it short.
      if ((await point.getAttribute('title')) !== whole) problems.push(`${where}: no whole title`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the current point of a product named with 120 characters stays whole in its card', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const [first, ...others] = LINEUP;
  await openRun(page, saleServer, [
    { ...first, nameHost: LONG_NAME, nameAudience: LONG_NAME_ZH },
    ...others,
  ]);
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Pinned, with the point list following the pin, its first point is current.
  await page.locator('body').press('1');
  const point = page.getByTestId('console-current-point');
  await expect(point).toHaveText('Only 40 left at ¥239!');

  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await page
      .getByRole('radiogroup', { name: /Interface language|界面语言/ })
      .getByText(language.name, { exact: true })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const where = `${width}x${height} ${language.code}`;
      if (SHOTS !== undefined) {
        await page.screenshot({
          path: join(SHOTS, `current-point-named-${where.replace(' ', '-')}.png`),
        });
      }
      const found = await auditSettledLayout(page, {
        noScrolling: false,
        wholeInView: ['console-current-text'],
      });
      problems.push(...found.map((problem) => `${where}: ${problem}`));
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
