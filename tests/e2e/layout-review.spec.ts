import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LANGUAGES, setLanguage } from './support/language';
import { auditSettledLayout, LAPTOP_SIZES } from './support/layout-audit';
import { api } from './support/page-api';

/**
 * The review's results table on a laptop (1280x720, 1366x768), in English and Chinese, after a
 * rehearsal with sales, sell-outs and pins: the table fits the screen's width (no sideways
 * scroll), no column header wraps to more than two lines, and the layout check finds nothing
 * (see support/layout-audit.ts); the compare tab, two rehearsals side by side, at 1280x720 and
 * 1920x1080. With SHOWDESK_LAYOUT_SHOTS=<folder> it saves a screenshot of each size and language
 * there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];

/**
 * A rehearsal of the demo show at 20 times the speed with its durian pinned, stopped once over
 * 200 units sold; resolves the run.
 */
async function rehearsedRun(page: Page, seed: number) {
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', { showId: demo.id, preset: 'calm', seed, speed: 20 });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'TH-DURIAN-MONTHONG' } });
  await expect
    .poll(async () => (await api(page, 'rehearsal.state', {}))?.crowd.sold ?? 0, {
      timeout: 120_000,
    })
    .toBeGreaterThan(200);
  return api(page, 'rehearsal.stop', {});
}

/** Shows the review of `runId` and waits until its results table does. */
async function openReview(page: Page, runId: number): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/runs/${runId}`);
  await expect(page.getByTestId('result-row').first()).toBeVisible();
}

/** What the results table shows that does not fit a laptop: sideways scroll, tall headers. */
async function resultsTableProblems(page: Page): Promise<string[]> {
  return page
    .getByTestId('result-row')
    .first()
    .evaluate((row) => {
      const problems: string[] = [];
      const table = row.closest('table');
      if (table === null) return ['no results table'];
      for (let node = table.parentElement; node !== null; node = node.parentElement) {
        if (node.scrollWidth > node.clientWidth + 1) {
          problems.push(
            `the results table scrolls sideways: ${node.scrollWidth} px in ${node.clientWidth} px`,
          );
          break;
        }
      }
      for (const header of table.querySelectorAll('thead th')) {
        const range = document.createRange();
        range.selectNodeContents(header);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 2) {
          problems.push(`header "${header.textContent ?? ''}" wraps to ${lines.size} lines`);
        }
      }
      return problems;
    });
}

test('the review’s results table fits a laptop screen in English and Chinese', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const run = await rehearsedRun(page, 618);
  await openReview(page, run.id);

  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await setLanguage(page, language);
    for (const [width, height] of LAPTOP_SIZES) {
      await page.setViewportSize({ width, height });
      await expect(page.getByTestId('result-row').first()).toBeVisible();
      const where = `review ${width}x${height} ${language}`;
      if (SHOTS !== undefined) {
        await page.screenshot({ path: join(SHOTS, `${where.replaceAll(' ', '-')}.png`) });
      }
      const found = [
        ...(await resultsTableProblems(page)),
        ...(await auditSettledLayout(page, { noScrolling: false })),
      ];
      problems.push(...found.map((problem) => `${where}: ${problem}`));
    }
  }
  // A column of durations reads alike, as clocks, "< 0:01" under a second and a dash for a
  // product never pinned (which read "0.0 秒" beside the pinned one's "2:38").
  const durations = await page
    .locator('[data-testid="pinned-time"], [data-testid="pin-to-sold-out"]')
    .allTextContents();
  const clock = /^\d+:\d{2}(:\d{2})?$/;
  problems.push(
    ...durations
      .filter((text) => !clock.test(text) && text !== '< 0:01' && text !== '–')
      .map((text) => `review zh-CN: a duration cell reads "${text}"`),
  );
  if (!durations.some((text) => clock.test(text))) problems.push('review: no time pinned shown');
  // The runs list's headers are short: each on one line (in Chinese "售出件数" broke as
  // "售出件" over "数").
  await page.evaluate(() => {
    window.location.hash = '#/runs';
  });
  await expect(page.getByTestId('run-row').first()).toBeVisible();
  for (const [width, height] of LAPTOP_SIZES) {
    await page.setViewportSize({ width, height });
    const wrapped = await page.locator('thead th').evaluateAll((headers) =>
      headers.flatMap((header) => {
        const range = document.createRange();
        range.selectNodeContents(header);
        // A visually hidden header (the actions column's) is 1 px wide: not read on screen.
        const shown = [...range.getClientRects()].filter((rect) => rect.width > 1);
        const lines = new Set(shown.map((rect) => Math.round(rect.top)));
        return lines.size > 1 ? [`"${header.textContent ?? ''}" on ${lines.size} lines`] : [];
      }),
    );
    problems.push(...wrapped.map((problem) => `runs ${width}x${height} zh-CN: ${problem}`));
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Runs `check` in English and Chinese at 1280x720 and 1920x1080. */
async function inEachLanguageAndSize(
  page: Page,
  check: (width: number, height: number, language: string) => Promise<void>,
): Promise<void> {
  for (const language of LANGUAGES) {
    await setLanguage(page, language);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await check(width, height, language);
    }
  }
}

test('the review’s compare tab fits 1280x720 and 1920x1080 in English and Chinese', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const other = await rehearsedRun(page, 618);
  const run = await rehearsedRun(page, 7);
  await openReview(page, run.id);
  await page.getByRole('tab').nth(4).click();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('[data-figure]').first()).toBeVisible();
  // Two rehearsals of one show can start in the same second: each is named by its number too.
  await expect(page.getByRole('combobox', { name: 'Compare this run with' })).toHaveValue(
    new RegExp(`^REHEARSAL · #${other.id} · `, 'u'),
  );
  await expect(table.getByTestId('compare-run-label')).toHaveText([
    new RegExp(`^#${run.id} · `, 'u'),
    new RegExp(`^#${other.id} · `, 'u'),
  ]);

  const problems: string[] = [];
  await inEachLanguageAndSize(page, async (width, height, language) => {
    await expect(table.locator('[data-figure]').first()).toBeVisible();
    const where = `review compare ${width}x${height} ${language}`;
    if (SHOTS !== undefined) {
      await page.screenshot({
        path: join(SHOTS, `${where.replaceAll(' ', '-')}.png`),
        fullPage: true,
      });
    }
    // Each run's name and start over its column, its date kept whole ("2026年12月5日 21:41").
    const found = await auditSettledLayout(page, {
      noScrolling: false,
      phrasesWhole: ['compare-run-label'],
    });
    problems.push(...found.map((problem) => `${where}: ${problem}`));
  });
  // The run list shows the same numbers as the comparison.
  await page.evaluate(() => {
    window.location.hash = '#/runs';
  });
  await inEachLanguageAndSize(page, async (width, height, language) => {
    for (const { id } of [run, other]) {
      await expect(
        page.locator(`[data-testid="run-row"][data-run-id="${id}"]`).getByTestId('run-number'),
      ).toHaveText(`#${id}`);
    }
    if (SHOTS !== undefined) {
      await page.screenshot({ path: join(SHOTS, `runs-${width}x${height}-${language}.png`) });
    }
  });
  expect(problems, problems.join('\n')).toEqual([]);
});
