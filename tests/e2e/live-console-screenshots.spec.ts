import { join } from 'node:path';
import { api, expect, openRun, test, type ProductSeed } from './support/live-console';

/**
 * With SHOWDESK_SCREENSHOTS=1, writes docs/screenshots/live-console-en.png and
 * live-console-zh-CN.png mid-burst at 1440x900, and live-console-1920-en.png at 1920x1080.
 */

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOTS = process.env['SHOWDESK_SCREENSHOTS'] === '1';

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
  await page.setViewportSize({ width: 1440, height: 900 });
  const showId = await openRun(page, saleServer, SHOWCASE, 'Tropical fruit night');
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page.getByTestId('strip-link')).toHaveText('Connected');
  await page.getByRole('button', { name: 'Start show' }).click();
  await page
    .getByRole('dialog', { name: 'Start the show' })
    .getByRole('button', { name: 'Start show' })
    .click();
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
