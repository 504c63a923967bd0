import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PNG_BASE64 } from '../../support/tiny-png';
import { SECRET, get, startHarness, type Harness } from './web-host-harness';

let harness: Harness;
const png = Buffer.from(TINY_PNG_BASE64, 'base64');
const hash = createHash('sha256').update(png).digest('hex');

beforeAll(async () => {
  harness = await startHarness();
  const images = join(harness.dataDir, 'images');
  mkdirSync(images, { recursive: true });
  writeFileSync(join(images, `${hash}.png`), png);
  writeFileSync(join(images, `${hash}.jpg`), png);
  writeFileSync(join(harness.dataDir, `${hash}.png`), SECRET);
});
afterAll(() => harness.dispose());

const withToken = (path: string) => `${path}?token=${harness.host.token}`;

describe('browser host /media', () => {
  it('serves a stored picture with its type, nosniff and a long cache', async () => {
    const reply = await get(harness.origin, withToken(`/media/${hash}.png`));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toContain('max-age=31536000');
    expect(Buffer.from(reply.body, 'latin1').length).toBeGreaterThan(0);
    const jpeg = await get(harness.origin, withToken(`/media/${hash}.jpg`));
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
  });

  it('accepts the token cookie as well as the query', async () => {
    const first = await get(harness.origin, withToken('/'));
    const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
    const reply = await get(harness.origin, `/media/${hash}.png`, { cookie });
    expect(reply.status).toBe(200);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await get(harness.origin, `/media/${hash}.png`)).status).toBe(403);
    expect((await get(harness.origin, `/media/${hash}.png?token=wrong`)).status).toBe(403);
    const cookie = { cookie: 'showdesk_token=wrong' };
    expect((await get(harness.origin, `/media/${hash}.png`, cookie)).status).toBe(403);
  });

  it('answers 404 for a well-formed name that is not stored', async () => {
    const other = createHash('sha256').update('other').digest('hex');
    expect((await get(harness.origin, withToken(`/media/${other}.png`))).status).toBe(404);
    expect((await get(harness.origin, withToken(`/media/${hash}.webp`))).status).toBe(404);
  });

  it.each([
    `/media/../${hash}.png`,
    `/media/%2e%2e/${hash}.png`,
    `/media/..%2f${hash}.png`,
    `/media/%2e%2e%2f${hash}.png`,
    `/media/images/${hash}.png`,
    `/media/${hash.toUpperCase()}.png`,
    `/media/${hash}.svg`,
    `/media/${hash}.png%00`,
    `/media/${hash}.png/`,
    '/media/',
    '/media/index.html',
  ])('refuses the name in %s', async (path) => {
    const reply = await get(harness.origin, withToken(path));
    expect(reply.status).not.toBe(200);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.headers['content-type']).not.toBe('image/png');
  });
});
