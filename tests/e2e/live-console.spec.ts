import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { runCrowd, type CrowdOptions, type CrowdSummary } from '../../src/sale-server/crowd';
import { startSaleServer, type SaleServer } from '../../src/sale-server/server';
import type { ApiInput, ApiMethod, ApiResult } from '../../src/shared/api/contract';
import type { ApiEnvelope } from '../../src/shared/api/errors';
import type { ProductInput } from '../../src/shared/model/lineup';
import { expect, expectNoSeriousA11yViolations, test as base } from './fixtures';

/**
 * The producer's live console (#/live) against a reference sale server: pin by number key, unpin
 * and undo, restock with confirmation, the talking points (keys, drag and drop, kept across a
 * reload), a cue armed and fired with one key each, the command palette, the host view following
 * in a second page, and the link going down and coming back with a queued command applied once.
 * With SHOWDESK_SCREENSHOTS=1 it also writes docs/screenshots/live-console-en.png and
 * live-console-zh-CN.png mid-burst at 1440x900, and live-console-1920-en.png at 1920x1080.
 */

/** A sale server that can be stopped and started again on the same port and ledger. */
interface RestartableServer {
  readonly url: string;
  readonly token: string;
  readonly showId: string;
  inspect(): ReturnType<SaleServer['inspect']>;
  crowd(options: Omit<CrowdOptions, 'url' | 'token' | 'showId'>): Promise<CrowdSummary>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const test = base.extend<{ saleServer: RestartableServer }>({
  // eslint-disable-next-line no-empty-pattern
  saleServer: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-console-sale-'));
    const token = `e2e-${randomUUID()}`;
    const showId = 'e2e-console';
    let port = 0;
    let server: SaleServer | null = null;
    const running = (): SaleServer => {
      if (server === null) throw new Error('the sale server is stopped');
      return server;
    };
    const start = async () => {
      server = await startSaleServer({
        dataDir,
        token,
        host: '127.0.0.1',
        port,
        shows: [{ showId }],
        log: () => undefined,
      });
      port = server.port;
    };
    const stop = async () => {
      const stopping = server;
      server = null;
      await stopping?.close();
    };
    await start();
    try {
      await use({
        url: running().url,
        token,
        showId,
        inspect: () => running().inspect(showId),
        crowd: (options) => runCrowd({ url: running().url, token, showId, ...options }),
        stop,
        start,
      });
    } finally {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

/** The browser globals the page function below uses (the tests compile without DOM types). */
interface BrowserSocket {
  onopen: (() => void) | null;
  onerror: (() => void) | null;
  onmessage: ((message: { data: string }) => void) | null;
  send(data: string): void;
  close(): void;
}
interface BrowserGlobals {
  location: { href: string };
  WebSocket: new (url: string) => BrowserSocket;
}

/** Calls the console API over a websocket of the page's own (the token cookie lets it in). */
async function api<M extends ApiMethod>(
  page: Page,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const envelope = await page.evaluate(
    ({ method, input }) =>
      new Promise<unknown>((resolve, reject) => {
        const browser = globalThis as unknown as BrowserGlobals;
        const url = new URL('/api', browser.location.href);
        url.protocol = 'ws:';
        url.search = '';
        url.hash = '';
        const socket = new browser.WebSocket(url.toString());
        socket.onopen = () => socket.send(JSON.stringify({ type: 'invoke', id: 1, method, input }));
        socket.onerror = () => reject(new Error(`the API socket failed during ${method}`));
        socket.onmessage = (message) => {
          const frame = JSON.parse(message.data) as {
            type: string;
            id?: number;
            envelope?: unknown;
          };
          if (frame.type !== 'result' || frame.id !== 1) return;
          socket.close();
          resolve(frame.envelope);
        };
      }),
    { method, input },
  );
  const result = envelope as ApiEnvelope<ApiResult<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

interface ProductSeed {
  sku: string;
  nameHost: string;
  nameAudience: string;
  priceMinor: number;
  stock: number;
  points: [string, string][];
  imagePath?: string;
}

const LINEUP: ProductSeed[] = [
  {
    sku: 'E2E-A',
    nameHost: 'Alpha durian',
    nameAudience: '阿尔法榴莲',
    priceMinor: 23900,
    stock: 40,
    points: [
      ['Only {left} left at {price}!', '只剩 {left} 个，仅售 {price}！'],
      ['Creamy and sweet', '香甜软糯'],
    ],
  },
  {
    sku: 'E2E-B',
    nameHost: 'Beta coconut',
    nameAudience: '贝塔椰子',
    priceMinor: 5990,
    stock: 200,
    points: [['Cold coconut water', '冰镇椰子水']],
  },
  {
    sku: 'E2E-C',
    nameHost: 'Gamma rice',
    nameAudience: '伽马大米',
    priceMinor: 1250,
    stock: 300,
    points: [],
  },
];

/** A show with a welcome point and LINEUP, connected to the sale server; resolves its id. */
async function openRun(
  page: Page,
  server: RestartableServer,
  lineup = LINEUP,
  name = 'Console e2e',
): Promise<number> {
  const show = await api(page, 'show.create', { name });
  await api(page, 'talkingPoint.add', {
    showId: show.id,
    productId: null,
    point: { textHost: 'Welcome to the fruit night!', textAudience: '欢迎！', plannedSeconds: 30 },
  });
  for (const seed of lineup) {
    const product: ProductInput = {
      sku: seed.sku,
      nameHost: seed.nameHost,
      nameAudience: seed.nameAudience,
      priceMinor: seed.priceMinor,
      currency: 'CNY',
      openingStock: seed.stock,
      lowStockThreshold: Math.round(seed.stock / 4),
      imagePath: seed.imagePath ?? null,
    };
    const updated = await api(page, 'product.add', { showId: show.id, product });
    const productId = updated.products[updated.products.length - 1].id;
    for (const [textHost, textAudience] of seed.points) {
      await api(page, 'talkingPoint.add', {
        showId: show.id,
        productId,
        point: { textHost, textAudience, plannedSeconds: 45 },
      });
    }
  }
  await api(page, 'link.connect', {
    showId: show.id,
    serverUrl: server.url,
    token: server.token,
    serverShowId: server.showId,
  });
  return show.id;
}

function card(page: Page, slot: number, name: string): Locator {
  return page.getByRole('group', { name: `Slot ${slot}: ${name}` });
}

function queueTexts(page: Page): Locator {
  return page.getByRole('list', { name: 'Talking-point queue' }).getByTestId('queue-item-text');
}

/** Opens the console from the navigation and waits for it to be connected and synced. */
async function openConsole(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(card(page, 1, 'Alpha durian').getByTestId('card-stock')).toHaveText('40');
}

test('the producer runs the show from the live console', async ({ page, app, saleServer }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openRun(page, saleServer);
  await openConsole(page);
  const alpha = card(page, 1, 'Alpha durian');
  const beta = card(page, 2, 'Beta coconut');
  const current = page.getByTestId('console-current-point');
  await expect(current).toHaveText('Welcome to the fruit night!');

  await page.getByRole('button', { name: 'Start show' }).click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('On air');
  await expect.poll(() => saleServer.inspect().state).toBe('live');

  // The host view in a second page follows the producer.
  const host = await page.context().newPage();
  await host.goto(`${app.url}#/host`);
  await expect(host.getByTestId('host-current')).toHaveText('Welcome to the fruit night!');

  // Number key 1 pins slot 1 on the server; the talking points follow the pin.
  await page.locator('body').press('1');
  await expect(alpha.getByTestId('pin-badge')).toHaveText('Pinned');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect(current).toHaveText('Only 40 left at ¥239!');
  await expect(host.getByTestId('host-current')).toHaveText('Only 40 left at ¥239!');

  // N, P and D move the talking points; the host view follows.
  await page.locator('body').press('n');
  await expect(current).toHaveText('Creamy and sweet');
  await expect(host.getByTestId('host-current')).toHaveText('Creamy and sweet');
  await page.locator('body').press('p');
  await expect(current).toHaveText('Only 40 left at ¥239!');
  await page.locator('body').press('d');
  await expect(current).toHaveText('Creamy and sweet');
  await expect(host.getByTestId('host-current')).toHaveText('Creamy and sweet');
  await expect(queueTexts(page)).toHaveText([
    'Welcome to the fruit night!',
    'Only 40 left at ¥239!',
    'Creamy and sweet',
  ]);
  await expect(page.getByTestId('queue-item').nth(1)).toHaveAttribute('data-done', 'true');

  // Drag the current point to the top of the queue: the new order is kept across a reload.
  const handle = page.getByRole('button', { name: 'Move talking point 3: Creamy and sweet' });
  const target = page.getByRole('button', { name: /^Move talking point 1: Welcome/ });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the queue handles are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 10, { steps: 12 });
  await page.mouse.up();
  const reordered = ['Creamy and sweet', 'Welcome to the fruit night!', 'Only 40 left at ¥239!'];
  await expect(queueTexts(page)).toHaveText(reordered);
  await page.reload();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(queueTexts(page)).toHaveText(reordered);
  await expect(current).toHaveText('Creamy and sweet');

  // The crowd buys: the card's figures fall live.
  await saleServer.crowd({ skus: ['E2E-A'], rate: 400, orders: 25, clients: 4, viewers: 1234 });
  await expect(alpha.getByTestId('card-stock')).toHaveText('15');
  await expect(alpha.getByTestId('card-sold')).toHaveText('25 sold · 63%');
  await expect(page.getByTestId('strip-viewers')).toHaveText('1,234');

  // U unpins at once; Undo pins the same product again.
  await page.locator('body').press('u');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBeNull();
  await expect(alpha.getByTestId('pin-badge')).toBeHidden();
  const undo = page.getByRole('alert').filter({ hasText: 'Unpinned Alpha durian' });
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect(alpha.getByTestId('pin-badge')).toHaveText('Pinned');

  // Restock from the card goes through a confirmation.
  await alpha.getByRole('button', { name: 'Restock Alpha durian' }).click();
  const restock = page.getByRole('dialog', { name: 'Restock Alpha durian' });
  await restock.getByRole('textbox', { name: 'Units to add' }).fill('20');
  await restock.getByRole('button', { name: 'Review' }).click();
  await expect(restock.getByTestId('command-confirmation')).toHaveText(
    'Add 20 units to “Alpha durian”? Stock on the sale server goes from 15 to 35.',
  );
  await restock.getByRole('button', { name: 'Restock' }).click();
  await expect(restock).toBeHidden();
  await expect(alpha.getByTestId('card-stock')).toHaveText('35');
  expect(saleServer.inspect().snapshot.products[0]?.stock).toBe(35);

  // The command palette reaches a product's command by words of its name.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Search the console’s commands' });
  await search.fill('price gamma');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Set the price of Gamma rice…' }).click();
  const price = page.getByRole('dialog', { name: 'Set the price of Gamma rice' });
  await expect(price.getByRole('textbox', { name: 'New price (CNY)' })).toHaveValue('12.5');
  await price.getByRole('button', { name: 'Cancel' }).click();
  await expect(price).toBeHidden();

  // A arms the next slot, F fires it: Beta is pinned and its talking point loads.
  await page.locator('body').press('a');
  await expect(page.getByTestId('armed-cue')).toContainText('Beta coconut');
  await page.locator('body').press('f');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-B');
  await expect(beta.getByTestId('pin-badge')).toHaveText('Pinned');
  await expect(page.getByTestId('armed-cue')).toHaveText('Nothing armed.');
  await expect(current).toHaveText('Cold coconut water');
  await expect(host.getByTestId('host-pinned-name')).toHaveText('Beta coconut');
  await expect(host.getByTestId('host-current')).toHaveText('Cold coconut water');

  await expectNoSeriousA11yViolations(page);
});

test('the link drops and comes back; a command queued meanwhile is applied once', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openRun(page, saleServer);
  await openConsole(page);
  const strip = page.getByTestId('status-strip');
  const beta = card(page, 2, 'Beta coconut');
  await expect(strip).toHaveAttribute('data-alert', 'false');

  await saleServer.stop();
  await expect(page.getByTestId('strip-link')).toHaveText('Reconnecting');
  await expect(strip).toHaveAttribute('data-alert', 'true');
  await expect(page.getByTestId('strip-alert')).toHaveText('Sale-server link down: commands wait');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Link to the sale server lost' }),
  ).toBeVisible();

  // Restock while the server is away: the command waits in the outbox, pending on screen.
  await beta.getByRole('button', { name: 'Restock Beta coconut' }).click();
  const restock = page.getByRole('dialog', { name: 'Restock Beta coconut' });
  await restock.getByRole('textbox', { name: 'Units to add' }).fill('10');
  await restock.getByRole('button', { name: 'Review' }).click();
  await restock.getByRole('button', { name: 'Restock' }).click();
  await expect(restock).toBeHidden();
  await expect(page.getByTestId('strip-pending')).toHaveText('1');
  await expect(page.getByTestId('pending-entry')).toContainText('Restock Beta coconut');
  await expect(beta.getByTestId('pending-badge')).toHaveText('Restock pending…');

  await saleServer.start();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected', { timeout: 15_000 });
  await expect(strip).toHaveAttribute('data-alert', 'false');
  await expect(page.getByTestId('strip-pending')).toHaveText('0');
  await expect(beta.getByTestId('card-stock')).toHaveText('210');
  await expect(page.getByTestId('pending-entry')).toHaveCount(0);
  await expect(page.getByTestId('log-entry').filter({ hasText: 'Restock applied' })).toHaveCount(1);
  expect(saleServer.inspect().snapshot.products[1]?.stock).toBe(210);
  await expectNoSeriousA11yViolations(page);
});

test('a point added on air, a flash-sale cue fired with Enter, auto-arm on sell-out', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openRun(page, saleServer);
  await openConsole(page);
  const alpha = card(page, 1, 'Alpha durian');
  const current = page.getByTestId('console-current-point');
  await page.getByRole('button', { name: 'Start show' }).click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('On air');

  // A point added on the fly comes right after the current one.
  await page.getByRole('button', { name: 'Add a talking point' }).click();
  const add = page.getByRole('dialog', { name: 'Add a talking point on air' });
  await add
    .getByRole('textbox', { name: 'Text (host language)' })
    .fill('Say hello to the new fans');
  await add.getByRole('button', { name: 'Add after the current point' }).click();
  await expect(add).toBeHidden();
  await expect(current).toHaveText('Welcome to the fruit night!');
  await page.locator('body').press('n');
  await expect(current).toHaveText('Say hello to the new fans');

  // A cue with a flash sale is confirmed when armed, then fired with Enter.
  await page.getByRole('button', { name: 'Arm…' }).click();
  const arm = page.getByRole('dialog', { name: 'Arm the next cue' });
  await expect(arm.getByRole('combobox', { name: 'Product to pin' })).toHaveValue(
    '1. Alpha durian',
  );
  await arm.getByRole('switch', { name: 'Start a flash sale with it' }).check();
  await arm.getByRole('textbox', { name: 'Flash price (CNY)' }).fill('199');
  await arm.getByRole('textbox', { name: 'Units, at most' }).fill('10');
  await arm.getByRole('textbox', { name: 'Duration in seconds' }).fill('120');
  await arm.getByRole('button', { name: 'Review' }).click();
  await expect(arm.getByRole('listitem')).toHaveText([
    'Pin Alpha durian',
    'Flash sale at 199.00 CNY, at most 10 units, for 2:00',
    'Load its talking points',
  ]);
  await arm.getByRole('button', { name: 'Arm' }).click();
  await expect(arm).toBeHidden();
  await expect(page.getByTestId('armed-cue').getByRole('listitem')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await page.mouse.click(100, 880);
  await page.keyboard.press('Enter');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('E2E-A');
  await expect.poll(() => saleServer.inspect().snapshot.products[0]?.flashSale?.unitCap).toBe(10);
  await expect(alpha.getByTestId('card-price')).toHaveText('199.00 CNY');
  await expect(alpha.getByText(/^0 of 10 · [12]:\d\d left$/)).toBeVisible();
  await expect(current).toHaveText('Only 40 left at ¥199!');

  // With auto-arm on, the pinned product selling out arms the next slot by itself.
  const autoArm = page.getByRole('switch', { name: 'Arm next slot on sold out' });
  await autoArm.click();
  await expect(autoArm).toBeChecked();
  const sold = await saleServer.crowd({ skus: ['E2E-A'], rate: 400, stopWhenSoldOut: true });
  expect(sold.unitsSold).toBe(40);
  await expect(alpha.getByTestId('sold-out-badge')).toHaveText('Sold out');
  await expect(alpha.getByTestId('card-forecast')).toHaveText(/^Sold out \d:\d\d after first pin$/);
  await expect(page.getByTestId('armed-cue')).toContainText('Beta coconut');
  await expect(page.getByTestId('armed-cue')).toContainText('armed on sell-out');
  await expect(
    page.getByTestId('log-entry').filter({ hasText: 'Alpha durian sold out' }),
  ).toHaveCount(1);
});

test('no run, then a long lineup: the cards in view are rendered; key 9 pins slot 9', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const lineup: ProductSeed[] = Array.from({ length: 40 }, (_, index) => ({
    sku: `P${String(index + 1).padStart(2, '0')}`,
    nameHost: `Product ${index + 1}`,
    nameAudience: `商品 ${index + 1}`,
    priceMinor: 1000 + index,
    stock: 100,
    points: [],
  }));
  // With no run open the console says so; it follows the run as soon as one opens.
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByRole('heading', { name: 'No run open', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await openRun(page, saleServer, lineup);
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await expect(card(page, 1, 'Product 1').getByTestId('card-stock')).toHaveText('100');
  const rendered = await page.getByTestId('console-card').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(40);

  await page.locator('body').press('9');
  await expect.poll(() => saleServer.inspect().snapshot.pin.sku).toBe('P09');
  await expect(card(page, 9, 'Product 9').getByTestId('pin-badge')).toHaveText('Pinned');

  await page.getByRole('region', { name: 'Lineup on air' }).hover();
  await page.mouse.wheel(0, 6000);
  await expect(card(page, 40, 'Product 40').getByTestId('card-stock')).toHaveText('100');
  await expect(card(page, 1, 'Product 1')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

/** A round picture as an inline SVG (the only kind of image the page may load). */
function picture(color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 52 52"><rect width="52" height="52" fill="#25262b"/><circle cx="26" cy="28" r="17" fill="${color}"/><path d="M26 11c2-6 8-8 11-7-1 4-5 7-11 7z" fill="#40c057"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const SHOWCASE: ProductSeed[] = [
  {
    sku: 'DUR-MT',
    nameHost: 'Musang King durian',
    nameAudience: '猫山王榴莲',
    priceMinor: 23900,
    stock: 20_000,
    imagePath: picture('#fcc419'),
    points: [
      ['Only {left} left at {price}!', '只剩 {left} 个，仅售 {price}！'],
      [
        'Already {sold} sold: creamy, sweet, picked this morning.',
        '已售 {sold} 个：香甜软糯，今早采摘。',
      ],
    ],
  },
  {
    sku: 'COC-YG',
    nameHost: 'Young coconut',
    nameAudience: '椰青',
    priceMinor: 5990,
    stock: 20_000,
    imagePath: picture('#f8f9fa'),
    points: [['Cold coconut water, {price} each', '冰镇椰子水，每个 {price}']],
  },
  {
    sku: 'RICE-JAS',
    nameHost: 'Jasmine rice 5 kg',
    nameAudience: '茉莉香米 5 公斤',
    priceMinor: 8900,
    stock: 3_000,
    points: [['Fragrant jasmine rice from the north-east', '来自东北部的香米']],
  },
  {
    sku: 'MANG-NAM',
    nameHost: 'Nam Dok Mai mango',
    nameAudience: '金煌芒果',
    priceMinor: 4990,
    stock: 120,
    points: [],
  },
  {
    sku: 'TEA-OOL',
    nameHost: 'Oolong tea gift box',
    nameAudience: '乌龙茶礼盒',
    priceMinor: 12800,
    stock: 800,
    points: [],
  },
  {
    sku: 'HON-LON',
    nameHost: 'Longan honey',
    nameAudience: '龙眼蜜',
    priceMinor: 6800,
    stock: 0,
    points: [],
  },
];

test('screenshots of the live console mid-burst', async ({ page, saleServer }) => {
  test.skip(!SCREENSHOTS, 'writes docs/screenshots only with SHOWDESK_SCREENSHOTS=1');
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const showId = await openRun(page, saleServer, SHOWCASE, 'Tropical fruit night');
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await page.getByRole('button', { name: 'Start show' }).click();
  await expect(page.getByTestId('strip-show-state')).toHaveText('On air');
  const show = await api(page, 'show.get', { showId });
  const [durian, coconut] = show.products;
  await api(page, 'cue.arm', {
    cue: { productId: durian.id, flashSale: { priceMinor: 19900, unitCap: 20_000, seconds: 300 } },
  });
  await api(page, 'cue.fire', {});
  await api(page, 'cue.arm', { cue: { productId: coconut.id, pinSeconds: 120 } });
  const burst = saleServer.crowd({
    skus: ['DUR-MT'],
    rate: 1500,
    seconds: 20,
    clients: 8,
    viewers: 86_000,
  });
  const stock = page.locator('[data-sku="DUR-MT"]').getByTestId('card-stock');
  await expect
    .poll(async () => Number((await stock.textContent())?.replace(/\D/g, '')))
    .toBeLessThan(17_000);
  await page.mouse.move(0, 899);
  await page.screenshot({ path: join(OUT_DIR, 'live-console-en.png') });
  await page
    .getByRole('radiogroup', { name: 'Interface language' })
    .getByText('简体中文', { exact: true })
    .click();
  await expect(page.getByRole('group', { name: '第 1 位：Musang King durian' })).toBeVisible();
  await expect
    .poll(async () => Number((await stock.textContent())?.replace(/\D/g, '')))
    .toBeLessThan(12_000);
  await page.screenshot({ path: join(OUT_DIR, 'live-console-zh-CN.png') });
  await page
    .getByRole('radiogroup', { name: '界面语言' })
    .getByText('English', { exact: true })
    .click();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect
    .poll(async () => Number((await stock.textContent())?.replace(/\D/g, '')))
    .toBeLessThan(8_000);
  await page.screenshot({ path: join(OUT_DIR, 'live-console-1920-en.png') });
  await burst;
});
