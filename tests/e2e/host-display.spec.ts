import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { api } from './support/page-api';

/**
 * The host view's display settings for a teleprompter: mirror mode (a horizontal flip), the
 * text size and a high-contrast theme, each remembered per show across a reload. With
 * SHOWDESK_LAYOUT_SHOTS=<folder> it saves the mirrored, high-contrast view there.
 */

const SHOTS = process.env['SHOWDESK_LAYOUT_SHOTS'];

test('mirror, text size and high contrast on the host view, remembered per show', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', { showId: demo.id, preset: 'calm', seed: 7, speed: 1 });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'TH-DURIAN-MONTHONG' } });
  await page.evaluate(() => {
    window.location.hash = '#/host';
  });
  const view = page.getByRole('main', { name: 'Host view' });
  await expect(view).toHaveAttribute('data-mirror', 'false');
  const text = page.getByTestId('host-current');
  await expect(text).toBeVisible();
  const fontSize = () => text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  // At 150% the talking point is never smaller than 1.5 times the normal floor (5.2% of 900 px).
  const floor = Math.floor(0.052 * 1.5 * 900);
  expect(await fontSize()).toBeLessThan(floor);

  await page.getByTestId('host-display-menu').click();
  await page.getByRole('switch', { name: 'Mirror (for teleprompter glass)' }).check();
  await page.getByRole('switch', { name: 'High contrast' }).check();
  await page.getByText('150%', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '150%' })).toBeChecked();
  await expect(view).toHaveAttribute('data-mirror', 'true');
  await expect(view).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  await expect(view).toHaveAttribute('data-contrast', 'high');
  await expect.poll(fontSize).toBeGreaterThanOrEqual(floor);
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page);
  if (SHOTS !== undefined) await page.screenshot({ path: join(SHOTS, 'host-mirror-1440x900.png') });

  await page.reload();
  await expect(view).toHaveAttribute('data-mirror', 'true');
  await expect(view).toHaveAttribute('data-contrast', 'high');
  await expect.poll(fontSize).toBeGreaterThanOrEqual(floor);
});

test('the display settings button grows with the host view, from a laptop to 4K', async ({
  page,
}) => {
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', { showId: demo.id, preset: 'calm', seed: 7, speed: 1 });
  await page.evaluate(() => {
    window.location.hash = '#/host';
  });
  const button = page.getByTestId('host-display-menu');
  for (const [width, height] of [
    [1280, 720],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    // 5% of the window's height, like the header's type (it was 34 px at every size).
    await expect
      .poll(async () => ((await button.boundingBox())?.height ?? 0) / height)
      .toBeCloseTo(0.05, 2);
    if (SHOTS !== undefined) {
      await page.screenshot({ path: join(SHOTS, `host-menu-${width}x${height}.png`) });
    }
  }
});

/** A size of the element's (`font` for its type, else its box's height) per height of the window. */
async function perHeight(element: Locator, what: 'font' | 'box'): Promise<number> {
  return element.evaluate((node, measure) => {
    const size =
      measure === 'font'
        ? parseFloat(getComputedStyle(node).fontSize)
        : node.getBoundingClientRect().height;
    return size / window.innerHeight;
  }, what);
}

test('the display settings and the link badge grow with the host view, from a laptop to 4K', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', { showId: demo.id, preset: 'calm', seed: 7, speed: 1 });
  await page.evaluate(() => {
    window.location.hash = '#/host';
  });
  const sizes = [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const;
  const settings = page.getByRole('dialog', { name: 'Display: mirror, text size, contrast' });
  const mirror = settings.getByText('Mirror (for teleprompter glass)', { exact: true });
  const track = settings.locator('.mantine-Switch-track').first();
  const segment = settings.getByText('150%', { exact: true });
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('host-display-menu').click();
    await expect(settings).toBeVisible();
    // Parts of the window's height, like the button (they were Mantine's 14 px at every size).
    await expect.poll(() => perHeight(mirror, 'font')).toBeCloseTo(0.024, 3);
    await expect.poll(() => perHeight(track, 'box')).toBeCloseTo(0.032, 3);
    await expect.poll(() => perHeight(segment, 'font')).toBeCloseTo(0.022, 3);
    if (SHOTS !== undefined) {
      await page.screenshot({ path: join(SHOTS, `host-settings-${width}x${height}.png`) });
    }
    await page.getByTestId('host-display-menu').click();
    await expect(settings).toBeHidden();
  }
  // With the core gone, the header says the window is reconnecting, as large as its badges.
  await app.stop();
  const badge = page.getByText('Connection lost, reconnecting…', { exact: true });
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await expect(badge).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => perHeight(badge, 'font')).toBeCloseTo(0.022, 3);
    if (SHOTS !== undefined) {
      await page.screenshot({ path: join(SHOTS, `host-reconnecting-${width}x${height}.png`) });
    }
  }
});
