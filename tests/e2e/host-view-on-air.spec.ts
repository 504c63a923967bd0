import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { TcpRelay } from '../../src/main/core/net/tcp-relay';
import { SOCKET_IO_PING } from '../support/socket-io-ping';
import { formatClock } from '../../src/shared/format/durations';
import { formatUnitRate } from '../../src/shared/format/numbers';
import { api, expect, LINEUP, openRun, test } from './support/live-console';

/**
 * What the host view (and the producer's console) say when what they show stops being true: the
 * pinned product sells out (SOLD OUT with what comes next, no call to buy), and the server's
 * traffic stalls while the connection stays open (a red strip counting the seconds, figures
 * marked not current). With SHOWDESK_SCREENSHOTS=1 each state is shot at 1920x1080 into
 * docs/screenshots and at 1280x720 into the test's output folder, in English and Chinese.
 */

// The relay holds the server's bytes (a stale link) for longer than the reference server's ping
// keeps a silent connection: a server with socket.io's own ping leaves the console to judge it.
test.use({ saleServerPing: SOCKET_IO_PING });

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

async function openHostView(page: Page): Promise<Page> {
  const host = await page.context().newPage();
  await host.goto(page.url().replace(/#.*$/, '#/host'));
  await host.setViewportSize({ width: 1920, height: 1080 });
  return host;
}

/**
 * Shoots `target` at both sizes in both languages (then back to English at 1920x1080), once the
 * elements `ready` selects show the state again after each reload.
 */
async function shoot(
  page: Page,
  target: Page,
  name: string,
  ready: string,
  info: TestInfo,
): Promise<void> {
  if (!SCREENSHOTS) return;
  for (const language of ['en', 'zh-CN'] as const) {
    await api(page, 'settings.setLanguage', { language });
    await target.reload();
    await expect(target.locator('html')).toHaveAttribute('lang', language);
    await expect(target.locator(ready).first()).toBeVisible();
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ]) {
      await target.setViewportSize({ width, height });
      const file = `${name}-${width === 1920 ? '' : `${width}-`}${language}.png`;
      await target.screenshot({
        path: width === 1920 ? join(OUT_DIR, file) : info.outputPath(file),
      });
    }
  }
  await api(page, 'settings.setLanguage', { language: 'en' });
  await target.reload();
  await target.setViewportSize({ width: 1920, height: 1080 });
}

test('a sold-out pinned product turns the host view to SOLD OUT with what comes next', async ({
  page,
  saleServer,
}, info) => {
  await openRun(page, saleServer);
  const host = await openHostView(page);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
  await expect(host.getByTestId('host-pinned-name')).toHaveText('Alpha durian');
  await expect(host.getByTestId('host-current')).toHaveText('Only 40 left at ¥239!');

  await saleServer.crowd({ skus: ['E2E-A'], rate: Infinity, orders: 40 });
  const soldOut = host.getByTestId('host-sold-out');
  await expect(soldOut).toBeVisible();
  await expect(soldOut.getByRole('heading', { name: 'SOLD OUT' })).toBeVisible();
  await expect(host.getByTestId('host-sold-out-next')).toHaveText('Beta coconut');
  await expect(host.getByTestId('host-current')).toHaveCount(0);
  await expect(host.getByText('Only 0 left')).toHaveCount(0);
  await expect(host.getByTestId('host-forecast')).toHaveText('Sold out');
  // Under "Sold out", what comes next rather than "0 sold per second".
  await expect(host.getByTestId('host-rate')).toHaveText('Next: Beta coconut');
  await shoot(page, host, 'host-view-sold-out', '[data-testid="host-sold-out"]', info);
});

interface Renders {
  renders: number;
  wrong: string[];
  done: boolean;
}

/**
 * Watches every render of the host view until SOLD OUT shows, read after each change of the page
 * (a MutationObserver runs once a render has been written), and notes in `window.soldOutWatch`
 * the ones that show the pinned product's stock at 0 without the SOLD OUT panel.
 */
async function watchZeroWithoutSoldOut(host: Page): Promise<void> {
  await host.evaluate(() => {
    const watch: Renders = { renders: 0, wrong: [], done: false };
    Object.assign(window, { soldOutWatch: watch });
    const observer = new MutationObserver(() => {
      watch.renders += 1;
      const stock = document.querySelector('[data-testid="host-stock"]')?.textContent ?? '';
      const soldOut = document.querySelector('[data-testid="host-sold-out"]') !== null;
      if (/^0\D/.test(stock) && !soldOut) watch.wrong.push(stock);
      if (soldOut) {
        observer.disconnect();
        watch.done = true;
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What the watch saw, once SOLD OUT showed. */
async function watchedRenders(host: Page): Promise<Renders> {
  const read = () =>
    host.evaluate(() => (window as unknown as { soldOutWatch: Renders }).soldOutWatch);
  await expect.poll(async () => (await read()).done, { timeout: 60_000 }).toBe(true);
  return read();
}

test('SOLD OUT shows in the same render as the pinned product’s 0 left, at a high order rate', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(120_000);
  const stock = 3_000;
  await openRun(page, saleServer, [{ ...LINEUP[0], stock }, ...LINEUP.slice(1)]);
  const host = await openHostView(page);
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
  await expect(host.getByTestId('host-stock')).toHaveText('3,000 of 3,000 left');

  await watchZeroWithoutSoldOut(host);
  await saleServer.crowd({ skus: ['E2E-A'], rate: 3_000, orders: stock, clients: 4 });
  const seen = await watchedRenders(host);
  expect(seen.wrong).toEqual([]);
  expect(seen.renders).toBeGreaterThan(1);
  await expect(host.getByTestId('host-sold-out-next')).toHaveText('Beta coconut');
  await expect(host.getByTestId('host-stock')).toHaveText('0 of 3,000 left');
});

test('a stalled link shows red with the seconds of silence on the host view and the console', async ({
  page,
  saleServer,
}, info) => {
  const proxy = await TcpRelay.start(Number(new URL(saleServer.url).port));
  try {
    await openRun(page, { ...saleServer, url: proxy.url });
    const host = await openHostView(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('link', { name: 'Live console' }).click();
    await expect(page.getByTestId('strip-link')).toHaveText('Connected');
    await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
    await expect(host.getByTestId('host-pinned-name')).toHaveText('Alpha durian');
    await expect(host.getByTestId('host-link-strip')).toHaveCount(0);

    proxy.holdDownstream();
    const strip = host.getByTestId('host-link-strip');
    await expect(strip).toHaveText(/^NO DATA FOR [3-9] S · FIGURES NOT CURRENT$/);
    await expect(host.getByTestId('host-forecast')).toHaveText(
      'Forecast unknown: figures not current',
    );
    // The talking point's live values ("Only 40 left") are figures too: dimmed, never bright.
    await expect(
      host.locator('[data-testid="host-current"] [data-live-value]').first(),
    ).toHaveAttribute('data-current', 'false');
    await expect(page.getByTestId('strip-link')).toHaveText('Stale');
    await expect(
      page.locator('[data-testid="console-current-point"] [data-live-value]').first(),
    ).toHaveAttribute('data-current', 'false');
    await expect(page.getByTestId('strip-alert')).toHaveText(
      /^No data from the sale server for \d+ s: figures are not current$/,
    );
    await expect(page.getByTestId('status-strip')).toHaveAttribute('data-alert', 'true');
    await expect(page.getByTestId('lineup-not-current')).toBeVisible();
    await expect(page.getByTestId('link-badge')).toHaveText(/^No data for \d+ s$/);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByTestId('link-badge')).toBeVisible();
    await shoot(page, host, 'host-view-stale', '[data-testid="host-link-strip"]', info);
    await shoot(page, page, 'live-console-stale', '[data-testid="strip-alert"]', info);

    proxy.releaseDownstream();
    await expect(strip).toHaveCount(0);
    await expect(page.getByTestId('strip-link')).toHaveText('Connected');
    await expect(
      host.locator('[data-testid="host-current"] [data-live-value]').first(),
    ).toHaveAttribute('data-current', 'true');
  } finally {
    await proxy.close();
  }
});

test('End show stops the clocks and changes the badge at once; the run then closes by itself', async ({
  page,
  saleServer,
}) => {
  const relay = await TcpRelay.start(Number(new URL(saleServer.url).port));
  try {
    await openRun(page, { ...saleServer, url: relay.url });
    const host = await openHostView(page);
    await api(page, 'live.command', { command: { type: 'startShow' } });
    await expect(host.getByTestId('host-show-state')).toHaveText('On air');
    await expect(host.getByTestId('host-clock')).toHaveAttribute('data-still', 'false');
    await page.getByRole('link', { name: 'Live console' }).click();
    await api(page, 'live.command', { command: { type: 'pin', sku: 'E2E-A' } });
    const slotTime = page.getByTestId('card-slot-time').first();
    await expect(slotTime).toHaveAttribute('data-still', 'false');

    // The server's answer is held: the console shows the end at once, before it is confirmed.
    relay.holdDownstream();
    await api(page, 'live.command', { command: { type: 'endShow' } });
    await expect(host.getByTestId('host-show-state')).toHaveText('Ended');
    await expect(host.getByTestId('host-clock')).toHaveAttribute('data-still', 'true');
    // The pinned slot's time on air on the console stands still too (it kept counting).
    await expect(slotTime).toHaveAttribute('data-still', 'true');
    const stopped = await host.getByTestId('host-clock').textContent();
    await expect(host.getByTestId('host-link-strip')).toBeVisible();
    await expect(host.getByTestId('host-clock')).toHaveText(stopped ?? '');

    relay.releaseDownstream();
    await expect(host.getByTestId('host-no-run')).toBeVisible();
    const [run] = await api(page, 'runs.list', {});
    expect(run?.endedAt).not.toBeNull();
    expect(saleServer.inspect().state).toBe('ended');
  } finally {
    await relay.close();
  }
});

test('a paused rehearsal shows PAUSED on the console, the host view and the window title', async ({
  page,
}, info) => {
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', {
    showId: demo.id,
    preset: 'calm',
    seed: 9,
    speed: 1,
    startShow: true,
  });
  const host = await openHostView(page);
  await expect(host.getByTestId('host-show-state')).toHaveText('On air (rehearsal)');
  await expect(host.getByText('Show time', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Live console' }).click();

  await api(page, 'rehearsal.pause', {});
  await expect(host.getByTestId('host-show-state')).toHaveText('PAUSED');
  await expect(host.getByTestId('host-clock')).toHaveAttribute('data-still', 'true');
  await expect(host).toHaveTitle(/^\[PAUSED\] /);
  await expect(page.getByTestId('strip-show-state')).toHaveText('PAUSED');
  // A while into the pause: the link's events per second (wall clock) are down to 0.
  await expect(page.getByTestId('strip-events')).toHaveText('0', { timeout: 10_000 });
  await expect(page.getByTestId('strip-clock').locator('[data-still]')).toHaveAttribute(
    'data-still',
    'true',
  );
  await expect(page).toHaveTitle(/^\[PAUSED REHEARSAL\] /);

  // A slot's time on air is on the same clock. Pinned while paused, its span opens at the paused
  // show time and stands still; run at 20x, it reads the span of show time (it counted wall time:
  // a twentieth of that, and went on counting while paused).
  const pausedAt = (await api(page, 'rehearsal.state', {}))?.simulatedMs ?? -1;
  const { sku } = await api(page, 'rehearsal.nextSlot', {});
  const slotOf = async () =>
    (await api(page, 'onair.state', {}))?.slots.find((slot) => slot.sku === sku);
  await expect.poll(async () => (await slotOf())?.pinnedSince, { timeout: 30_000 }).toBe(pausedAt);
  const slotTime = page.locator(
    `[data-testid="console-card"][data-sku="${sku}"] [data-testid="card-slot-time"]`,
  );
  await expect(slotTime).toHaveAttribute('data-still', 'true');
  await api(page, 'rehearsal.setSpeed', { speed: 20 });
  await api(page, 'rehearsal.resume', {});
  await expect(slotTime).toHaveAttribute('data-still', 'false');
  await expect
    .poll(async () => (await api(page, 'rehearsal.state', {}))?.simulatedMs ?? 0, {
      timeout: 60_000,
    })
    .toBeGreaterThan(pausedAt + 40_000);
  const { simulatedMs: pausedAgainAt } = await api(page, 'rehearsal.pause', {});
  const onAirMs = ((await slotOf())?.pinnedMs ?? 0) + pausedAgainAt - pausedAt;
  await expect(slotTime).toHaveAttribute('data-still', 'true');
  await expect(slotTime).toHaveText(new RegExp(`^${formatClock(onAirMs)} / `));
  await expect(page.getByTestId('strip-clock')).toHaveText(formatClock(pausedAgainAt));
  await shoot(
    page,
    page,
    'live-console-paused',
    `[data-sku="${sku}"] [data-testid="card-slot-time"][data-still="true"]`,
    info,
  );

  // The lineup's show panel too, beside the rehearsal's own PAUSED (it said "On air (rehearsal)").
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/shows/${demo.id}`);
  await expect(page.getByTestId('rehearsal-status')).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('show-state')).toHaveText('PAUSED');
  const { simulatedMs } = (await api(page, 'rehearsal.state', {})) ?? { simulatedMs: -1 };
  await expect(host.getByTestId('host-clock')).toHaveText(formatClock(simulatedMs));
  await shoot(
    page,
    host,
    'host-view-paused',
    '[data-testid="host-clock"][data-still="true"]',
    info,
  );

  await api(page, 'rehearsal.resume', {});
  await expect(host.getByTestId('host-clock')).toHaveAttribute('data-still', 'false');
  await api(page, 'rehearsal.stop', {});
});

/** Runs the open rehearsal until show second `seconds` and waits for it to stand paused there. */
async function runUntil(page: Page, seconds: number): Promise<void> {
  await api(page, 'rehearsal.pause', { atSeconds: seconds });
  await api(page, 'rehearsal.resume', {});
  await expect
    .poll(
      async () => {
        const state = await api(page, 'rehearsal.state', {});
        return state !== null && state.paused && state.simulatedMs >= seconds * 1000;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

/** "2,446/s" is 2446. */
function figure(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

test('a 20x rehearsal’s units per second are per show second, and stand still while paused, also after a reload', async ({
  page,
}, info) => {
  const [demo] = await api(page, 'show.list', {});
  await api(page, 'rehearsal.start', {
    showId: demo.id,
    preset: '618',
    seed: 618,
    speed: 20,
    startShow: true,
    startPaused: true,
  });
  const sku = 'TH-MANGOSTEEN';
  await api(page, 'live.command', { command: { type: 'pin', sku } });
  const host = await openHostView(page);
  await page.getByRole('link', { name: 'Live console' }).click();
  const card = page.locator(`[data-testid="console-card"][data-sku="${sku}"]`);
  await expect(card).toHaveAttribute('data-pinned', 'true');
  const rate = card.getByTestId('card-rate');
  const forecast = card.getByTestId('card-forecast');

  // Pinned at show time 0 and run to 3 s: the pin's burst sold about as many units each show
  // second, so the rate is near the units sold over the 3 show seconds (at 20x the card showed
  // 3 to 20 times that: units per wall second).
  await runUntil(page, 3);
  await expect(page.getByTestId('strip-show-state')).toHaveText('PAUSED');
  // A while into the pause: the link's events per second (wall clock) are down to 0.
  await expect(page.getByTestId('strip-events')).toHaveText('0', { timeout: 10_000 });
  const sold = (await api(page, 'live.state', {}))?.products.find((p) => p.sku === sku)?.sold ?? 0;
  expect(sold).toBeGreaterThan(1000);
  await expect(rate).toHaveAttribute('title', 'Units sold per second of show time, at any speed');
  await expect(forecast).toHaveAttribute('title', 'When it sells out, in show time');
  await expect.poll(async () => figure(await rate.textContent()) / (sold / 3)).toBeGreaterThan(0.6);
  const pausedRate = figure(await rate.textContent());
  expect(pausedRate).toBeLessThan((sold / 3) * 1.5);
  const pausedForecast = await forecast.textContent();
  expect(pausedForecast).toMatch(/^sold out in ~/);
  const hostRate = host.getByTestId('host-rate');
  await expect(hostRate).toHaveText(/ sold per second of show time$/);
  await expect.poll(async () => Math.round(figure(await hostRate.textContent()))).toBe(pausedRate);
  const pausedHostRate = await hostRate.textContent();

  // After a reload of both pages: the same figures (they decayed, and the forecast grew).
  await page.reload();
  await host.reload();
  await expect(card).toHaveAttribute('data-pinned', 'true');
  await expect(rate).toHaveText(`${formatUnitRate(pausedRate, 'en')}/s`);
  await expect(forecast).toHaveText(pausedForecast ?? '');
  await expect(hostRate).toHaveText(pausedHostRate ?? '');
  await shoot(page, page, 'live-console-paused-rates', '[data-testid="card-forecast"]', info);
  await shoot(page, host, 'host-view-paused-rates', '[data-testid="host-rate"]', info);

  // Resumed and paused again at 4 s: per show second still.
  await runUntil(page, 4);
  const soldBy4 =
    (await api(page, 'live.state', {}))?.products.find((p) => p.sku === sku)?.sold ?? 0;
  await expect
    .poll(async () => figure(await rate.textContent()) / (soldBy4 / 4))
    .toBeGreaterThan(0.6);
  expect(figure(await rate.textContent())).toBeLessThan((soldBy4 / 4) * 1.5);

  // The lineup's live panel labels them as show time too.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/shows/${demo.id}`);
  const row = page.getByRole('group', { name: 'Live figures of Mangosteen, 2.5 kg box' });
  await expect(row.getByText('Selling (show time)')).toBeVisible();
  await expect(row.getByText('Forecast (show time)')).toBeVisible();
  await shoot(page, page, 'lineup-paused-rates', '[data-testid="live-row"]', info);
  await api(page, 'rehearsal.stop', {});
});
