import { expect, openPinnedConsole, test } from './support/live-console';

/**
 * The live console lays its page out at most once a frame while orders and comments arrive, with
 * the pointer over a product card as a producer's would be (Chromium then checks what is under it
 * at the start of a frame, laying out first whatever changed since the last one): no more
 * layouts (Chromium's own count, from the DevTools protocol's Performance metrics) than frames in
 * which the page changed (a DOM write or a scroll). A second layout in a frame came from the stock
 * bars' width transition (restyled in every frame while stock moved), the comments list scrolled
 * to its end right after its rows were written, and figures written from timers between frames.
 */
/** Chromium's count of layouts in the page so far. */
async function layouts(metrics: () => Promise<{ name: string; value: number }[]>) {
  return (await metrics()).find((metric) => metric.name === 'LayoutCount')?.value ?? 0;
}

interface FrameCounter {
  frames: number;
  changed: number;
}

test('the live console lays out at most once a frame with orders and comments arriving', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(120_000);
  // 1920x1080: the comments panel sits open under the lineup.
  await openPinnedConsole(page, saleServer, { width: 1920, height: 1080 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => (await cdp.send('Performance.getMetrics')).metrics;
  const box = await page.getByTestId('console-card').nth(2).boundingBox();
  if (box === null) throw new Error('the third card has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

  const crowd = saleServer.crowd({
    skus: ['E2E-C'],
    rate: 25,
    seconds: 10,
    comments: { perSecond: 300, seed: 41, products: [{ sku: 'E2E-C', name: '伽马大米' }] },
  });
  const rows = page.getByTestId('comments-panel').getByTestId('comment-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('card-stock').nth(2)).not.toHaveText('300');

  await page.evaluate(() => {
    const counter = { frames: 0, changed: 0 };
    let written = false;
    const write = () => {
      written = true;
    };
    new MutationObserver(write).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener('scroll', write, { capture: true, passive: true });
    const tick = () => {
      counter.frames += 1;
      if (written) counter.changed += 1;
      written = false;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as unknown as { frameCounter: FrameCounter }).frameCounter = counter;
  });
  const counted = () =>
    page.evaluate(() => ({
      ...(window as unknown as { frameCounter: FrameCounter }).frameCounter,
    }));
  const stock = page.getByTestId('card-stock').nth(2);
  const stockBefore = await stock.textContent();
  const first = await counted();
  const firstLayout = await layouts(metrics);
  // About three seconds of frames, while the crowd (ten seconds) still buys and writes.
  await page.waitForFunction(
    (until) => (window as unknown as { frameCounter: FrameCounter }).frameCounter.frames >= until,
    first.frames + 180,
  );
  const laidOut = (await layouts(metrics)) - firstLayout;
  const last = await counted();
  const frames = last.frames - first.frames;
  const changed = last.changed - first.changed;
  // The crowd sold through the stretch measured: the card's stock moved.
  expect(await stock.textContent()).not.toBe(stockBefore);
  await crowd;
  expect(
    laidOut,
    `${laidOut} layouts in ${frames} frames, ${changed} of them changed`,
  ).toBeLessThanOrEqual(changed);
});

/**
 * Whether each write of the lineup's room (its section's height, kept for three cards beside the
 * comments panel) came from an animation frame: the page's frames are marked from their first
 * animation frame callback until the next task.
 */
interface RoomWrites {
  inFrame: number;
  between: number;
}

test('the lineup takes its new room in an animation frame when a card changes size', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    let inFrame = false;
    const after = new MessageChannel();
    after.port1.onmessage = () => {
      inFrame = false;
    };
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (run) =>
      request((time) => {
        if (!inFrame) {
          inFrame = true;
          after.port2.postMessage(0);
        }
        run(time);
      });
    const writes: RoomWrites = { inFrame: 0, between: 0 };
    (window as unknown as { roomWrites: RoomWrites }).roomWrites = writes;
    (window as unknown as { watchRoom: (section: Element) => void }).watchRoom = (section) => {
      new MutationObserver((records) => {
        writes[inFrame ? 'inFrame' : 'between'] += records.length;
      }).observe(section, { attributes: true, attributeFilter: ['style'] });
    };
  });
  await page.reload();
  // 1920x1080: the comments panel sits open under the lineup, which keeps its room.
  await openPinnedConsole(page, saleServer, { width: 1920, height: 1080 });
  const section = page.getByTestId('console-lineup-scroll').locator('xpath=..');
  await section.evaluate((element) => {
    (window as unknown as { watchRoom: (section: Element) => void }).watchRoom(element);
  });
  // The pinned card grows by a line once it sells out ("Sold out 0:02 after first pin").
  await saleServer.crowd({ skus: ['E2E-A'], rate: 20, seconds: 3 });
  await expect(page.getByTestId('sold-out-badge')).toBeVisible();
  const roomWrites = () =>
    page.evaluate(() => (window as unknown as { roomWrites: RoomWrites }).roomWrites);
  await expect
    .poll(async () => {
      const writes = await roomWrites();
      return writes.inFrame + writes.between;
    }, 'the lineup took new room')
    .toBeGreaterThan(0);
  const writes = await roomWrites();
  expect(writes.between, `${JSON.stringify(writes)}`).toBe(0);
});
