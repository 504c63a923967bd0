import { z } from 'zod';
import { expect, openPinnedConsole, test } from './support/live-console';

/**
 * A stock bar that moves with the orders is repainted, not layerized: Chromium builds the page's
 * compositor layers again (PaintArtifactCompositor::Update, a walk of every paint chunk of the
 * page) when a clip or a chunk's bounds change, and Mantine's progress section clipped its own
 * overflow, a clip as wide as the bar's value. So every frame that moved a bar layerized the page
 * again. Counted in a Chromium trace: the full layerizations against the frames in which a card's
 * bar changed, while a crowd buys a product shown in the lineup.
 */

const TraceEvent = z.object({ name: z.string(), ph: z.string() });

interface BarFrames {
  frames: number;
  changed: number;
}

test('a stock bar moving with the orders does not layerize the page again', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(120_000);
  await openPinnedConsole(page, saleServer, { width: 1920, height: 1080 });
  const crowd = saleServer.crowd({ skus: ['E2E-C'], rate: 40, seconds: 8 });
  const stock = page.getByTestId('card-stock').nth(2);
  await expect(stock).not.toHaveText('300', { timeout: 30_000 });

  await page.evaluate(() => {
    const counter: BarFrames = { frames: 0, changed: 0 };
    let moved = false;
    const bars = document.querySelectorAll('[data-testid="console-card"] [role="progressbar"]');
    const observer = new MutationObserver(() => {
      moved = true;
    });
    for (const bar of bars) observer.observe(bar, { attributes: true, attributeFilter: ['style'] });
    const tick = () => {
      counter.frames += 1;
      if (moved) counter.changed += 1;
      moved = false;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as unknown as { barFrames: BarFrames }).barFrames = counter;
  });
  const counted = () =>
    page.evaluate(() => ({ ...(window as unknown as { barFrames: BarFrames }).barFrames }));
  const browser = page.context().browser();
  if (browser === null) throw new Error('no browser');
  await browser.startTracing(page, { categories: ['blink'] });
  const first = await counted();
  // About two seconds of frames while the crowd still buys.
  await page.waitForFunction(
    (until) => (window as unknown as { barFrames: BarFrames }).barFrames.frames >= until,
    first.frames + 120,
  );
  const last = await counted();
  const trace = z
    .object({ traceEvents: z.array(z.unknown()) })
    .parse(JSON.parse((await browser.stopTracing()).toString('utf8')));
  await crowd;
  const layerizations = trace.traceEvents.filter((raw) => {
    const event = TraceEvent.safeParse(raw);
    return (
      event.success &&
      event.data.ph === 'X' &&
      event.data.name === 'PaintArtifactCompositor::Update'
    );
  }).length;
  const barFrames = last.changed - first.changed;
  expect(barFrames, 'frames in which a stock bar moved').toBeGreaterThan(10);
  expect(
    layerizations,
    `${layerizations} full layerizations in ${last.frames - first.frames} frames, ${barFrames} of them moved a bar`,
  ).toBeLessThan(barFrames / 2);
});
