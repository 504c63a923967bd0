import { join } from 'node:path';
import { api, expect, openPinnedConsole, test } from './support/live-console';

/**
 * The audience after and during the show: the review's unmet demand per product equals the sale
 * server's count of refused attempts, and shows what went to the host view and the most asked
 * questions; in a rehearsal the prompter alerts fire on the console and the host view. With
 * SHOWDESK_SCREENSHOTS=1 it writes the review's Audience tab at 1280x720 and 1920x1080, in
 * English and Chinese, to docs/screenshots.
 */

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

test('the review shows unmet demand equal to the server’s refused attempts', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(240_000);
  await openPinnedConsole(page, saleServer, { width: 1440, height: 900 });
  // 40 in stock, about 120 attempts: the rest are refused as sold out.
  const summary = await saleServer.crowd({
    skus: ['E2E-A'],
    rate: 40,
    seconds: 3,
    comments: { perSecond: 200, seed: 21, products: [{ sku: 'E2E-A', name: '阿尔法榴莲' }] },
  });
  expect(summary.refused.sold_out).toBeGreaterThan(0);
  // Every comment the crowd sent is counted by the core before the review is opened (the review
  // reads the totals once; on a loaded machine the last batches arrived after it opened).
  await expect
    .poll(async () => (await api(page, 'audience.state', {}))?.counts.received, {
      timeout: 60_000,
    })
    .toBe(summary.comments);
  const question = (await api(page, 'audience.recent', {})).find((c) => c.question && !c.blocked);
  if (!question) throw new Error('the crowd asked no question');
  await api(page, 'audience.sendToHost', { commentId: question.id });
  await api(page, 'audience.hostDone', {});

  const demand = saleServer.inspect().demand.find((product) => product.sku === 'E2E-A');
  if (!demand) throw new Error('the server counted no refused attempt');
  const refused = demand.sold_out.attempts + demand.flash_cap.attempts;
  const live = await api(page, 'live.state', {});
  const runId = live?.run.id ?? 0;
  await expect
    .poll(async () => {
      const results = await api(page, 'review.results', { runId });
      return results.products.find((p) => p.sku === 'E2E-A')?.unmet.attempts;
    })
    .toBe(refused);

  await page.goto(page.url().replace(/#.*$/, `#/runs/${runId}`));
  const row = page.locator('[data-testid="result-row"][data-sku="E2E-A"]');
  await expect(row.getByTestId('unmet-attempts')).toHaveText(`${refused} attempts refused`);
  await expect(row.getByTestId('unmet-units')).toHaveText(
    String(demand.sold_out.units + demand.flash_cap.units),
  );

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByTestId('unmet-chart')).toBeVisible();
  await expect(page.getByTestId('comments-chart')).toBeVisible();

  await page.getByRole('tab', { name: 'Audience' }).click();
  await expect(page.getByTestId('host-send')).toHaveCount(1);
  await expect(page.getByTestId('host-send')).toContainText(question.text);
  await expect(page.getByTestId('top-question').first()).toBeVisible();
  await expect(page.getByTestId('audience-totals')).toContainText(
    `${summary.comments.toLocaleString('en')} comments`,
  );

  if (SCREENSHOTS) {
    for (const [language, tab] of [
      ['en', 'Audience'],
      ['zh-CN', '观众'],
    ] as const) {
      await api(page, 'settings.setLanguage', { language });
      await page.reload();
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByTestId('host-send')).toHaveCount(1);
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({
          path: join(OUT_DIR, `review-audience-${width}-${language}.png`),
          fullPage: true,
        });
      }
    }
    await api(page, 'settings.setLanguage', { language: 'en' });
  }
});

test('prompter alerts fire in a rehearsal, on the console and the host view', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const [demo] = await api(page, 'show.list', {});
  const settings = await api(page, 'audience.settings', { showId: demo.id });
  // Low thresholds, so that the rehearsal's crowd sets off an alert within seconds.
  await api(page, 'audience.setSettings', {
    showId: demo.id,
    settings: {
      ...settings,
      alerts: { ...settings.alerts, questionsPerMinute: 2, minGapSeconds: 3 },
    },
  });
  await api(page, 'rehearsal.start', { showId: demo.id, preset: '618', seed: 14, speed: 1 });
  const sku = (await api(page, 'show.get', { showId: demo.id })).products[0].sku;
  await api(page, 'live.command', { command: { type: 'pin', sku } });
  await page.goto(page.url().replace(/#.*$/, '#/live'));
  const alert = page.getByTestId('prompter-alert');
  await expect(alert).toBeVisible();
  const kind = await alert.getAttribute('data-kind');
  expect(kind).not.toBeNull();

  const host = await page.context().newPage();
  await host.setViewportSize({ width: 1920, height: 1080 });
  await host.goto(`${app.url}#/host`);
  await expect(host.getByTestId('host-alert')).toBeVisible();

  // X dismisses it: the alert shown is another one, or none.
  const first = await api(page, 'audience.state', {});
  const firstId = first?.alerts[0]?.id;
  await page.locator('body').press('x');
  await expect
    .poll(async () => (await api(page, 'audience.state', {}))?.alerts.some((a) => a.id === firstId))
    .toBe(false);
});
