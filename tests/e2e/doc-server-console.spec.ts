import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DocServer } from '../support/doc-server/server';
import { LANGUAGES, setLanguage } from './support/language';
import { auditSettledLayout } from './support/layout-audit';
import { api, expect, openRun, type ProductSeed, test } from './support/live-console';

/**
 * The outside check on screen: the console in Chromium against the doc server (a sale server
 * written from docs/protocol.md alone, tests/support/doc-server), with hostile product names and
 * comments (a 120-character name without a break, right-to-left text with a bidi override and
 * zero-width characters, markup, emoji). In English and Chinese: each card's stock is the doc
 * server's after orders, a stalled link turns the strip stale with its seconds counting while the
 * cards keep the last stock sent, and the layout check finds nothing cut off or covered at
 * 1280x720 and 1920x1080, fresh and stale. With SHOWDESK_LAYOUT_SHOTS=<folder> it saves a
 * screenshot of each there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];
const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

const UNBROKEN = 'MonthongDurianChanthaburiHandPickedAtDawnFlownInChilledOvernight'.repeat(2);
const HOSTILE: ProductSeed[] = [
  {
    sku: 'DOC-LONG',
    nameHost: UNBROKEN.slice(0, 120),
    nameAudience: '金枕头榴莲'.repeat(24),
    priceMinor: 23900,
    stock: 40,
    points: [['Only {left} left!', '只剩 {left} 个！']],
  },
  {
    sku: 'DOC-RTL',
    nameHost: '\u202Eevil\u200B \u0645\u0627\u0646\u062C\u0648 \u0641\u0627\u062E\u0631',
    nameAudience: '\u0645\u0627\u0646\u062C\u0648\u200D\u200C\u2067\u0641\u0627\u062E\u0631',
    priceMinor: 5990,
    stock: 200,
    points: [],
  },
  {
    sku: 'DOC-MARKUP',
    nameHost: '<img src=x onerror=alert(1)><b>Bold</b> &amp; </div>',
    nameAudience: '<script>alert("x")</script>',
    priceMinor: 1250,
    stock: 300,
    points: [],
  },
  {
    sku: 'DOC-EMOJI',
    nameHost: '🍉🔥 Watermelon 👨‍👩‍👧‍👦 family pack 🇨🇳🏳️‍🌈',
    nameAudience: '西瓜🍉👨‍👩‍👧‍👦',
    priceMinor: 990,
    stock: 500,
    points: [],
  },
];

const COMMENTS = [
  { name: 'W'.repeat(64), text: 'Is it sweet? '.repeat(38).trim() },
  // A bidi override left open in the name: the text after it still reads as written ("fresh?").
  {
    name: '\u202Eviewer\u200B',
    text: '\u0647\u0644 \u0647\u0648 \u0637\u0627\u0632\u062C\u061F fresh?',
  },
  { name: '<b>x</b>', text: '<img src=x onerror=alert(1)> how much?' },
  { name: 'zero\u200Bwidth\u200D\uFEFF', text: '\u202Ereversed\u200B\u200B by its own override' },
  { name: '🍉👨‍👩‍👧‍👦', text: '🔥🔥🔥 ' + '🍉'.repeat(80) },
];

/** Each card's stock as the page shows it, in lineup order. */
function cardStocks(page: Page) {
  return page.getByTestId('console-card').getByTestId('card-stock');
}

/** The seconds the strip's stale alert counts (in either language). */
async function staleSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('strip-alert').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? -1);
}

test('the console against the doc server with hostile names and comments', async ({ page }) => {
  const doc = await DocServer.start();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openRun(page, { url: doc.url, token: doc.token, showId: doc.show.showId }, HOSTILE);
    await page.getByRole('link', { name: 'Live console' }).click();
    await expect(page.getByTestId('strip-link')).toHaveText('Connected');
    await expect(cardStocks(page)).toHaveText(HOSTILE.map((seed) => String(seed.stock)));
    // The names reach the server as the console sent them, and the cards show them as text.
    expect(doc.show.products.map((product) => product.name)).toEqual(
      HOSTILE.map((seed) => seed.nameAudience),
    );
    for (const seed of HOSTILE) {
      await expect(page.getByTestId('console-card').getByText(seed.nameHost)).toHaveCount(1);
    }
    const markup = 'img[src="x"], script, b';
    await expect(page.getByTestId('console-card').locator(markup)).toHaveCount(0);

    await api(page, 'live.command', { command: { type: 'startShow' } });
    await expect(page.getByTestId('strip-show-state')).toHaveText('On air');
    HOSTILE.forEach((seed, index) => {
      for (let i = 0; i <= index; i += 1) doc.buy(seed.sku, 3, `viewer-${index}-${i}`);
    });
    await expect(cardStocks(page)).toHaveText(doc.show.products.map((p) => String(p.stock)));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('body').press('c');
    const panel = page.getByTestId('comments-panel');
    // One comment at a time: the list takes at most two of each feed event (the rest are counted).
    for (const [index, comment] of COMMENTS.entries()) {
      doc.comment({ viewerId: `viewer-c${index}`, ...comment });
      await expect(panel.getByTestId('comment-row')).toHaveCount(index + 1);
    }
    await expect(panel.getByText(COMMENTS[2].text)).toHaveCount(1);
    await expect(panel.locator(markup)).toHaveCount(0);

    const problems: string[] = [];
    for (const language of LANGUAGES) {
      await setLanguage(page, language);
      await expect(panel.getByTestId('comment-row').first()).toBeVisible();
      const look = async (when: string) => {
        for (const [width, height] of SIZES) {
          await page.setViewportSize({ width, height });
          const where = `${width}x${height} ${language} ${when}`;
          if (SHOTS !== undefined) {
            await page.screenshot({
              path: join(SHOTS, `doc-server-${where.replaceAll(' ', '-')}.png`),
            });
          }
          const found = await auditSettledLayout(page, { noScrolling: false });
          problems.push(...found.map((problem) => `${where}: ${problem}`));
        }
      };
      await look('fresh');

      // The doc server stalls: the strip turns stale and counts the seconds of silence, and the
      // cards keep the last stock the server sent until it speaks again.
      const before = doc.show.products.map((p) => String(p.stock));
      doc.stall();
      doc.buy('DOC-LONG', 1, `viewer-stalled-${language}`);
      await expect(page.getByTestId('strip-link')).toHaveAttribute('data-state', 'stale', {
        timeout: 20_000,
      });
      await expect.poll(() => staleSeconds(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
      const counted = await staleSeconds(page);
      await expect
        .poll(() => staleSeconds(page), { timeout: 20_000 })
        .toBeGreaterThanOrEqual(counted + 2);
      await look('stale');
      await expect(cardStocks(page)).toHaveText(before);
      doc.release();
      await expect(page.getByTestId('strip-link')).toHaveAttribute('data-state', 'connected', {
        timeout: 20_000,
      });
      // Orders during and after the stall reach the cards as the server counts them.
      doc.buy('DOC-EMOJI', 2, `viewer-${language}`);
      await expect(cardStocks(page)).toHaveText(doc.show.products.map((p) => String(p.stock)));
    }
    expect(problems).toEqual([]);
  } finally {
    await doc.close();
  }
});
