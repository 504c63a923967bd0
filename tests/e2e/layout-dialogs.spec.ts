import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Language, LANGUAGES, setLanguage } from './support/language';
import { auditSettledLayout, LAPTOP_SIZES } from './support/layout-audit';
import { goLiveThrough } from '../support/go-live';
import { LINEUP, api, productInput } from './support/live-console';
import type { TestSaleServer } from './support/sale-server';

/**
 * The dialogs a producer opens before, during and after a show (add product, CSV import, the
 * go-live checklist, Start show; on air restock, set price, flash sale, add a talking point, arm a
 * cue, pin for a time from a card's menu, End show; End run; in the runs list rename a run, its
 * note and delete it) on a laptop (1280x720, 1366x768) in English and Chinese. Each must pass
 * the layout check inside the dialog (every control visible and clickable, nothing cut; a dialog
 * taller than the window scrolls inside) and keep the keyboard in order: focus starts on the
 * first field or the safe button, never on a destructive one; Tab and Shift+Tab stay inside;
 * Escape closes it and focus returns to the control that opened it (for a menu's item, to the
 * menu's button). The lineup's Audience settings, with and without a rehearsal open (its note on
 * show time under the thresholds), are checked the same way at 1280x720 and 1920x1080. One
 * failure lists every problem, naming the dialog, size and language. With
 * SHOWDESK_LAYOUT_SHOTS=<folder> it saves a screenshot of each dialog there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];

const SHOW = 'Dialogs e2e';
const CSV = [
  'sku,name_host,name_audience,price,currency,opening_stock,low_stock_threshold,image,talking_points_host,talking_points_audience,talking_points_seconds',
  'CSV-1,Delta mango,德尔塔芒果,19.90,CNY,500,50,,Sweet | Ripe,香甜 | 熟透,30 | 20',
].join('\n');

/** A control's or a dialog's name in each language. */
type Named = Record<Language, string | RegExp>;

/** What opens a dialog: the control's name in each language, and the dialog's. */
interface DialogCase {
  name: string;
  /** The button that opens it, or with `menu` the item of that menu that does. */
  opener: Named;
  /** The button of the menu the opener is an item of: focus returns to it. */
  menu?: Named;
  /** Within what the opener is found (the whole page when absent). */
  scope?: (page: Page) => Locator;
  title: Named;
  /** Fills the dialog the way a producer would before looking at it. */
  fill?: (dialog: Locator) => Promise<void>;
  /** Fits every size of its sweep unscrolled: its buttons in view without scrolling to them. */
  unscrolled?: boolean;
}

const LINEUP_DIALOGS: DialogCase[] = [
  {
    name: 'add product',
    opener: { en: 'Add product', 'zh-CN': '添加商品' },
    title: { en: 'Add product', 'zh-CN': '添加商品' },
  },
  {
    name: 'CSV import',
    opener: { en: 'Import CSV', 'zh-CN': '导入 CSV' },
    title: { en: `Import CSV into “${SHOW}”`, 'zh-CN': `导入 CSV 到“${SHOW}”` },
    // With a preview of what would be imported, the dialog at its tallest.
    fill: async (dialog) => {
      await dialog.getByRole('textbox').last().fill(CSV);
      await expect(dialog.getByRole('button', { name: /^(Import|导入)$/ })).toBeEnabled();
    },
  },
  {
    name: 'go-live checklist',
    opener: { en: 'Go live…', 'zh-CN': '上线直播…' },
    title: { en: `Go live with “${SHOW}”`, 'zh-CN': `上线直播“${SHOW}”` },
  },
];
const AUDIENCE_SETTINGS: DialogCase = {
  name: 'audience settings',
  opener: { en: 'Audience settings', 'zh-CN': '观众设置' },
  title: { en: 'Audience settings', 'zh-CN': '观众设置' },
  unscrolled: true,
};
/** With a rehearsal open: its note on show time shown, the form at its tallest. */
const AUDIENCE_SETTINGS_REHEARSAL: DialogCase = {
  ...AUDIENCE_SETTINGS,
  name: 'audience settings in a rehearsal',
  fill: async (dialog) => {
    await expect(dialog.getByText(/^(In the open rehearsal: |在进行中的彩排里：)/)).toBeVisible();
  },
};
/** The smallest window and the studio's screen. */
const AUDIENCE_SETTINGS_SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;
const START_SHOW: DialogCase = {
  name: 'Start show',
  opener: { en: 'Start show', 'zh-CN': '开始直播' },
  title: { en: 'Start the show', 'zh-CN': '开始直播' },
};
const PRODUCT = LINEUP[0].nameHost;
/** Opened on the live console while the show is on air. */
const CONSOLE_DIALOGS: DialogCase[] = [
  {
    name: 'restock',
    opener: { en: `Restock ${PRODUCT}`, 'zh-CN': `为 ${PRODUCT} 补货` },
    title: { en: `Restock ${PRODUCT}`, 'zh-CN': `为 ${PRODUCT} 补货` },
  },
  {
    name: 'set price',
    opener: { en: `Set the price of ${PRODUCT}`, 'zh-CN': `设置 ${PRODUCT} 的价格` },
    title: { en: `Set the price of ${PRODUCT}`, 'zh-CN': `修改 ${PRODUCT} 的价格` },
  },
  {
    name: 'flash sale',
    opener: { en: `Flash sale of ${PRODUCT}`, 'zh-CN': `${PRODUCT} 限时抢购` },
    title: { en: `Flash sale of ${PRODUCT}`, 'zh-CN': `${PRODUCT} 限时抢购` },
  },
  {
    name: 'add point',
    opener: { en: 'Add a talking point', 'zh-CN': '添加讲解要点' },
    title: { en: 'Add a talking point on air', 'zh-CN': '直播中添加讲解要点' },
  },
  {
    name: 'arm cue',
    opener: { en: 'Arm…', 'zh-CN': '预备…' },
    title: { en: 'Arm the next cue', 'zh-CN': '预备下一个动作' },
  },
  {
    name: 'pin for a time',
    menu: { en: `More commands for ${PRODUCT}`, 'zh-CN': `${PRODUCT} 的更多指令` },
    opener: { en: 'Pin for a time…', 'zh-CN': '限时置顶…' },
    title: { en: `Pin ${PRODUCT} for a time`, 'zh-CN': `限时置顶 ${PRODUCT}` },
  },
];
/** Opened from the runs list, on the show's run once it ended (an open run cannot be deleted). */
const latestRun = (page: Page) => page.getByTestId('run-row').first();
const REVIEW_DIALOGS: DialogCase[] = [
  {
    name: 'rename run',
    scope: latestRun,
    opener: { en: /^Rename /, 'zh-CN': /^重命名 / },
    title: { en: /^Rename “/, 'zh-CN': /^重命名“/ },
  },
  {
    name: 'run note',
    scope: latestRun,
    opener: { en: /^Note on /, 'zh-CN': / 的备注$/ },
    title: { en: /^Note on “/, 'zh-CN': /”的备注$/ },
  },
  {
    name: 'delete run',
    scope: latestRun,
    opener: { en: /^Delete /, 'zh-CN': /^删除 / },
    title: { en: 'Delete run', 'zh-CN': '删除场次' },
  },
];
const LIVE_DIALOGS: DialogCase[] = [
  {
    name: 'End show',
    opener: { en: 'End show', 'zh-CN': '结束直播' },
    title: { en: 'End the show', 'zh-CN': '结束直播' },
  },
  {
    name: 'End run',
    opener: { en: 'End run', 'zh-CN': '结束本场次' },
    title: { en: 'End the run', 'zh-CN': '结束本场次' },
  },
];

/**
 * Where the keyboard's focus is: inside the dialog or not, and what it is (a field, the safe
 * button, a destructive button: Mantine's red ones).
 */
async function focusInDialog(page: Page): Promise<{ inside: boolean; what: string }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null) return { inside: false, what: 'nothing' };
    const inside = focused.closest('[role="dialog"]') !== null;
    const tag = focused.tagName.toLowerCase();
    const text = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim();
    if (['input', 'textarea', 'select'].includes(tag)) return { inside, what: 'field' };
    const background = getComputedStyle(focused).getPropertyValue('--button-bg');
    if (background.includes('red')) return { inside, what: `destructive button "${text}"` };
    if (['Cancel', '取消'].includes(text)) return { inside, what: 'safe button' };
    return { inside, what: `${tag} "${text}"` };
  });
}

/** Whether the control that opened the dialog has the focus again. */
function openerFocused(opener: Locator): Promise<boolean> {
  return opener.evaluate((element) => document.activeElement === element);
}

/**
 * Opens one dialog from its control and returns every problem found with it: the layout check
 * inside it, where focus starts, where Tab and Shift+Tab take it, and what Escape does.
 */
async function checkDialog(
  page: Page,
  dialog: DialogCase,
  language: Language,
  where: string,
): Promise<string[]> {
  const problems: string[] = [];
  const scope = dialog.scope?.(page) ?? page;
  // Focus returns to the control that opened the dialog: the menu's button for a menu item.
  const opener = scope
    .getByRole('button', { name: (dialog.menu ?? dialog.opener)[language], exact: true })
    .first();
  await opener.click();
  if (dialog.menu !== undefined) {
    await page.getByRole('menuitem', { name: dialog.opener[language], exact: true }).click();
  }
  const box = page.getByRole('dialog', { name: dialog.title[language] });
  await expect(box).toBeVisible();
  await dialog.fill?.(box);
  // Mantine moves the focus in once the dialog's transition has ended.
  await expect.poll(async () => (await focusInDialog(page)).inside).toBe(true);
  const first = await focusInDialog(page);
  if (first.what !== 'field' && first.what !== 'safe button') {
    problems.push(`focus starts on ${first.what}, not on a field or the safe button`);
  }
  if (SHOTS !== undefined) {
    await page.screenshot({
      path: join(SHOTS, `dialog-${`${dialog.name} ${where}`.replaceAll(' ', '-')}.png`),
    });
  }
  problems.push(
    ...(await auditSettledLayout(page, {
      noScrolling: dialog.unscrolled ?? false,
      within: '[role="dialog"]',
    })),
  );
  const stops = await box.evaluate(
    (element) =>
      element.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])',
      ).length,
  );
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let step = 0; step < stops + 2; step += 1) {
      await page.keyboard.press(key);
      const now = await focusInDialog(page);
      if (!now.inside) {
        problems.push(`${key} leaves the dialog for ${now.what}`);
        break;
      }
    }
  }
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect
    .poll(() => openerFocused(opener))
    .toBe(true)
    .catch(() => problems.push('focus does not return to the control that opened it'));
  return problems.map((problem) => `${dialog.name} ${where}: ${problem}`);
}

/** Every dialog of `dialogs` at every size of `sizes` (a laptop's), in both languages. */
async function checkDialogs(
  page: Page,
  dialogs: readonly DialogCase[],
  sizes: readonly (readonly [number, number])[] = LAPTOP_SIZES,
): Promise<string[]> {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await setLanguage(page, language);
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      for (const dialog of dialogs) {
        problems.push(
          ...(await checkDialog(page, dialog, language, `${width}x${height} ${language}`)),
        );
      }
    }
  }
  return problems;
}

/** A show with the console's test lineup, its lineup open and its sale-server panel filled. */
async function openShow(page: Page, server: TestSaleServer): Promise<number> {
  const show = await api(page, 'show.create', { name: SHOW });
  for (const seed of LINEUP) {
    await api(page, 'product.add', { showId: show.id, product: productInput(seed) });
  }
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/shows/${show.id}`);
  const panel = page.getByRole('region', { name: 'Sale server', exact: true });
  await panel.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await panel.getByLabel('Show token').fill(server.token);
  await panel.getByRole('textbox', { name: 'Show id on the server' }).fill(server.showId);
  return show.id;
}

test('every dialog fits a laptop and keeps the keyboard in order, in English and Chinese', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const showId = await openShow(page, saleServer);
  const problems = await checkDialogs(page, LINEUP_DIALOGS);

  await goLiveThrough((method, input) => api(page, method, input), {
    showId,
    serverUrl: saleServer.url,
    token: saleServer.token,
    serverShowId: saleServer.showId,
  });
  await page.reload();
  problems.push(...(await checkDialogs(page, [START_SHOW])));
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await expect(page.getByRole('button', { name: /End show|结束直播/ })).toBeEnabled();
  problems.push(...(await checkDialogs(page, LIVE_DIALOGS)));
  await page.getByRole('link', { name: /Live console|直播控制台/ }).click();
  problems.push(...(await checkDialogs(page, CONSOLE_DIALOGS)));

  // The show ended, its run closes by itself.
  await api(page, 'live.command', { command: { type: 'endShow' } });
  await page.evaluate(() => {
    window.location.hash = '#/runs';
  });
  await expect(latestRun(page)).toHaveAttribute('data-kind', 'live');
  await expect(latestRun(page).getByRole('button', { name: /^(Delete|删除) / })).toBeEnabled();
  problems.push(...(await checkDialogs(page, REVIEW_DIALOGS)));
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the audience settings fit 1280x720 and 1920x1080 with and without a rehearsal open', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(180_000);
  const showId = await openShow(page, saleServer);
  const problems = await checkDialogs(page, [AUDIENCE_SETTINGS], AUDIENCE_SETTINGS_SIZES);

  await api(page, 'rehearsal.start', { showId, preset: 'calm', speed: 20, startPaused: true });
  problems.push(
    ...(await checkDialogs(page, [AUDIENCE_SETTINGS_REHEARSAL], AUDIENCE_SETTINGS_SIZES)),
  );
  await api(page, 'rehearsal.stop', {});
  expect(problems, problems.join('\n')).toEqual([]);
});
