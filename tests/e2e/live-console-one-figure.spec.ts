import type { Page } from '@playwright/test';
import {
  api,
  card,
  expect,
  openPinnedConsole,
  openRun,
  test,
  type ProductSeed,
} from './support/live-console';

/**
 * One figure in two places on one screen is one figure: mid-burst, the current talking point's
 * "{left}" and the pinned product's stock beside it (the console's card, the host view's stock)
 * are equal in every frame, never a frame or two apart.
 */

const BIG_STOCK = 50_000;

const LINEUP: ProductSeed[] = [
  {
    sku: 'E2E-A',
    nameHost: 'Alpha durian',
    nameAudience: '阿尔法榴莲',
    priceMinor: 23900,
    stock: BIG_STOCK,
    points: [['Only {left} left at {price}!', '只剩 {left} 个，仅售 {price}！']],
  },
];

interface Sample {
  stock: string;
  point: string;
}

/**
 * Every pair of figures the page shows while `distinct` different stocks go by: read after each
 * change of the page (a MutationObserver runs once a render has been written), so a render that
 * drew one figure and not the other is caught.
 */
function sampleFigures(
  page: Page,
  selectors: { stock: string; point: string },
  distinct: number,
): Promise<Sample[]> {
  return page.evaluate(
    ({ stock, point, distinct }) =>
      new Promise<Sample[]>((resolve) => {
        const samples: Sample[] = [];
        const seen = new Set<string>();
        const observer = new MutationObserver(() => {
          const shown = {
            stock: document.querySelector(stock)?.textContent ?? '',
            point: document.querySelector(point)?.textContent ?? '',
          };
          samples.push(shown);
          seen.add(shown.stock);
          if (seen.size >= distinct) {
            observer.disconnect();
            resolve(samples);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    { ...selectors, distinct },
  );
}

/** The first number in a text ("49,736 of 50,000 left" → "49,736"). */
function firstNumber(text: string): string {
  return /[\d,]+/.exec(text)?.[0] ?? text;
}

test('the current point’s stock is the card’s in every frame of a burst, on the console and the host view', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openRun(page, saleServer, LINEUP);
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await api(page, 'live.command', { command: { type: 'startShow' } });
  await expect.poll(() => saleServer.inspect().state).toBe('live');
  const alpha = card(page, 1, 'Alpha durian');
  await page.locator('body').press('1');
  await expect(alpha.getByTestId('pin-badge')).toHaveText('Pinned');
  const current = page.getByTestId('console-current-point');
  await expect(current).toHaveText('Only 50,000 left at ¥239!');

  const host = await page.context().newPage();
  await host.goto(page.url().replace(/#.*$/, '#/host'));
  await host.setViewportSize({ width: 1280, height: 720 });
  await expect(host.getByTestId('host-current')).toHaveText('Only 50,000 left at ¥239!');

  const stop = new AbortController();
  const crowd = saleServer.crowd({
    skus: ['E2E-A'],
    rate: 1_500,
    orders: 40_000,
    clients: 4,
    signal: stop.signal,
  });
  try {
    await alpha.getByTestId('card-stock').evaluate((element) => {
      element.setAttribute('data-sampled', 'card');
    });
    const onConsole = await sampleFigures(
      page,
      {
        stock: '[data-sampled="card"]',
        point: '[data-testid="console-current-point"] [data-live-value="left"]',
      },
      25,
    );
    const onHost = await sampleFigures(
      host,
      {
        stock: '[data-testid="host-stock"]',
        point: '[data-testid="host-current"] [data-live-value="left"]',
      },
      25,
    );
    const apart = (samples: Sample[]) =>
      samples.filter((sample) => firstNumber(sample.stock) !== sample.point);
    expect(apart(onConsole)).toEqual([]);
    expect(apart(onHost)).toEqual([]);
  } finally {
    stop.abort();
    await crowd;
  }
});

test('the card’s stock bar is as long as its stock in the render that changes it, not gliding behind', async ({
  page,
  saleServer,
}) => {
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 });
  const bar = page.getByRole('progressbar', { name: 'Stock of Alpha durian' });
  await expect(bar).toHaveAttribute('aria-valuenow', '40');
  // After each change of the bar, as its render wrote it: the drawn share of the bar against the
  // stock it says (a width transition would still draw the stock before).
  const drawn = bar.evaluate(
    (section, changes) =>
      new Promise<{ stock: number; drawn: number; says: number }[]>((resolve) => {
        const samples: { stock: number; drawn: number; says: number }[] = [];
        const track = section.parentElement ?? section;
        const observer = new MutationObserver(() => {
          const stock = Number(section.getAttribute('aria-valuenow'));
          const total = Number(section.getAttribute('aria-valuemax'));
          const width = track.getBoundingClientRect().width;
          samples.push({
            stock,
            drawn: Math.round(section.getBoundingClientRect().width),
            says: Math.round((stock / total) * width),
          });
          if (samples.length >= changes) {
            observer.disconnect();
            resolve(samples);
          }
        });
        observer.observe(section, { attributes: true, attributeFilter: ['aria-valuenow'] });
      }),
    4,
  );
  await saleServer.crowd({ skus: ['E2E-A'], rate: 10, orders: 8 });
  const samples = await drawn;
  expect(samples.filter((sample) => Math.abs(sample.drawn - sample.says) > 1)).toEqual([]);
});
