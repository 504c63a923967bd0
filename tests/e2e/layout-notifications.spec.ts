import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { setLanguage } from './support/language';
import { auditSettledLayout } from './support/layout-audit';
import { api, card, expect, openLiveConsole, test } from './support/live-console';

/**
 * Notifications on the live console (an Undo offer, a cue notice) at every desk size, in English
 * and Chinese: they cover nothing of the status strip (its link state, pending commands and last
 * event are what the producer looks at just when something happened) nor any control, and their
 * close button is named in the language of the moment. With SHOWDESK_LAYOUT_SHOTS=<folder> it
 * saves a screenshot of each size and language there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];

const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
] as const;
const LANGUAGES = [
  { code: 'en', undo: 'Undo', close: 'Close' },
  { code: 'zh-CN', undo: '撤销', close: '关闭' },
] as const;

/** What of the status strip the notifications lie over: each strip item hit at its centre. */
async function stripCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strip = document.querySelector('[data-testid="status-strip"]');
    if (strip === null) return ['no status strip'];
    const notices = [...document.querySelectorAll('.mantine-Notification-root')];
    const area = strip.getBoundingClientRect();
    const problems = notices.flatMap((notice) => {
      const box = notice.getBoundingClientRect();
      const apart =
        box.right <= area.left ||
        box.left >= area.right ||
        box.bottom <= area.top ||
        box.top >= area.bottom;
      return apart ? [] : [`notification "${notice.textContent ?? ''}" lies over the strip`];
    });
    for (const item of strip.querySelectorAll('[data-testid^="strip-"], [role="timer"], button')) {
      const box = item.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !strip.contains(hit)) {
        const name = item.getAttribute('data-testid') ?? item.textContent ?? '';
        problems.push(`strip item "${name}" covered by "${hit?.textContent ?? 'nothing'}"`);
      }
    }
    return problems;
  });
}

test('notifications cover nothing of the live console, at every size and in both languages', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(600_000);
  await openLiveConsole(page, saleServer, { width: 1280, height: 720 });
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
  const pinned = page.locator('[data-sku="E2E-A"]').getByTestId('pin-badge');
  await expect(pinned).toBeVisible();

  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await setLanguage(page, language.code);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // U unpins (an Undo offer, 8 s), F with no cue armed says so (4 s); keys go to the console.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.locator('body').press('u');
      await page.locator('body').press('f');
      const offer = page.getByRole('alert').filter({
        has: page.getByRole('button', { name: language.undo, exact: true }),
      });
      await expect(offer).toBeVisible();
      const where = `${width}x${height} ${language.code}`;
      if (SHOTS !== undefined) {
        await page.screenshot({
          path: join(SHOTS, `notifications-${where.replace(' ', '-')}.png`),
        });
      }
      problems.push(...(await stripCovered(page)).map((problem) => `${where}: ${problem}`));
      const found = await auditSettledLayout(page, { noScrolling: false });
      problems.push(...found.map((problem) => `${where}: ${problem}`));
      // The offer was still up while the strip was checked (an offer gone passes nothing).
      await offer.getByRole('button', { name: language.undo, exact: true }).click();
      await expect(pinned).toBeVisible();
      // The pointer leaves the notifications (resting on them holds them up) until all are gone.
      await page.mouse.move(width / 2, height / 2);
      await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 30_000 });
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a notification shown before a switch of language names its close button in the new one', async ({
  page,
  saleServer,
}) => {
  await openLiveConsole(page, saleServer, { width: 1366, height: 768 });
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
  await expect(card(page, 1, 'Alpha durian').getByTestId('pin-badge')).toBeVisible();
  await page.locator('body').press('u');
  const offer = page.getByRole('alert').filter({ hasText: 'Unpinned Alpha durian' });
  await expect(offer.getByRole('button', { name: 'Close' })).toBeVisible();
  // The pointer rests on the offer, which holds it up; the language is switched by keyboard.
  await offer.hover();
  await page.getByRole('radio', { name: 'English' }).focus();
  await page.keyboard.press('ArrowRight');
  const said = page.getByRole('alert').filter({ hasText: '已取消置顶 Alpha durian' });
  await expect(said.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect(said.getByRole('button', { name: '关闭' })).toBeVisible();
});

/** The notices not whole in view: outside the stack's visible box, or a button not hit at its centre. */
async function noticesCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Notification-root')].flatMap((notice) => {
      const stack = notice.closest('.mantine-Notifications-root') ?? document.body;
      const box = notice.getBoundingClientRect();
      const room = stack.getBoundingClientRect();
      const name = notice.textContent ?? '';
      const problems =
        box.top < room.top || box.bottom > room.bottom || box.bottom > window.innerHeight
          ? [`notice "${name}" cut by its stack`]
          : [];
      for (const button of notice.querySelectorAll('button')) {
        const area = button.getBoundingClientRect();
        const hit = document.elementFromPoint(
          area.left + area.width / 2,
          area.top + area.height / 2,
        );
        if (hit === null || !button.contains(hit)) {
          problems.push(`button "${button.textContent ?? ''}" of notice "${name}" not in view`);
        }
      }
      return problems;
    }),
  );
}

/** The navigation links (and the Host view button) a notification lies over: each link hit at its centre. */
async function navCovered(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll('.mantine-AppShell-navbar a, .mantine-AppShell-navbar button'),
    ].flatMap((link) => {
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && link.contains(hit)
        ? []
        : [`navigation link "${link.textContent ?? ''}" covered by "${hit?.textContent ?? ''}"`];
    }),
  );
}

test('three notifications in a rehearsal at 1280x720 cover no navigation link and none is cut', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const [demo] = await api(page, 'show.list', {});
  const show = await api(page, 'show.get', { showId: demo.id });
  await api(page, 'rehearsal.start', { showId: demo.id, preset: 'calm', seed: 7, speed: 1 });
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toBeVisible();
  // Two Undo offers (each pin taken back by U) and the notice that no cue is armed (F).
  for (const product of show.products.slice(0, 2)) {
    await api(page, 'live.command', { command: { type: 'pin', sku: product.sku } });
    await expect(
      page.locator(`[data-sku="${product.sku}"]`).getByTestId('pin-badge'),
    ).toBeVisible();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('body').press('u');
    await expect(page.locator(`[data-sku="${product.sku}"]`).getByTestId('pin-badge')).toHaveCount(
      0,
    );
  }
  await page.locator('body').press('f');
  // The newest notice shows whole, and so does every other one shown (the room under the links
  // holds one: three cut the second's Undo button off and left the newest to be scrolled to).
  await expect(page.getByRole('alert').filter({ hasText: 'No cue is armed' })).toBeVisible();
  // Within 5 s: the Undo offers last 8 s, so a stack that cut one would not have emptied itself.
  await expect.poll(() => noticesCut(page), { timeout: 5_000 }).toEqual([]);
  if (SHOTS !== undefined) {
    await page.screenshot({ path: join(SHOTS, 'notifications-rehearsal-1280x720-en.png') });
  }
  const problems = [
    ...(await navCovered(page)),
    ...(await auditSettledLayout(page, { noScrolling: false })),
  ];
  expect(problems, problems.join('\n')).toEqual([]);
});
