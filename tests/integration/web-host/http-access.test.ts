import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../../src/main/web/web-host';
import { PAGE_CSP, SECRET, get, startHarness, type Harness } from './web-host-harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.dispose());

function cookieFrom(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (first ?? '').split(';')[0] ?? '';
}

describe('browser host over HTTP', () => {
  it('listens on 127.0.0.1 and puts the token in the printed URL', () => {
    const url = new URL(harness.host.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toBe(harness.host.token);
    expect(harness.host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses a request without the token', async () => {
    const reply = await get(harness.origin, '/');
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('<title>');
  });

  it('refuses a wrong token, in the query or in the cookie', async () => {
    expect((await get(harness.origin, '/?token=wrong')).status).toBe(403);
    const other = `${harness.host.token.slice(0, -1)}x`;
    expect((await get(harness.origin, `/?token=${other}`)).status).toBe(403);
    const cookie = { cookie: `showdesk_token=${other}` };
    expect((await get(harness.origin, '/assets/app.js', cookie)).status).toBe(403);
  });

  it('serves index.html with the token, the page CSP as a header and an HttpOnly cookie', async () => {
    const reply = await get(harness.origin, `/?token=${harness.host.token}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.body).toContain('<title>Showdesk</title>');
    const setCookie = String(reply.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
  });

  it('accepts the cookie on later requests and sends the right content types', async () => {
    const first = await get(harness.origin, `/?token=${harness.host.token}`);
    const cookie = { cookie: cookieFrom(first.headers['set-cookie']) };
    const script = await get(harness.origin, '/assets/app.js', cookie);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await get(harness.origin, '/assets/app.css', cookie);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const page = await get(harness.origin, '/', cookie);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a request whose Host header names another host', async () => {
    const reply = await get(harness.origin, `/?token=${harness.host.token}`, {
      host: `evil.example:${harness.origin.port}`,
    });
    expect(reply.status).toBe(403);
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await get(harness.origin, `/missing.js?token=${harness.host.token}`)).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/assets/link.txt',
    '/%00/../secret.txt',
    '/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (path) => {
    const separator = path.includes('?') ? '&' : '?';
    const reply = await get(harness.origin, `${path}${separator}token=${harness.host.token}`);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await get(harness.origin, `/?token=${harness.host.token}`, {}, 'POST');
    expect(reply.status).toBe(405);
  });
});

describe('browser host start-up', () => {
  it('refuses to listen on an address other than loopback', async () => {
    await expect(startWebHost({ dataDir: '/nonexistent', host: '0.0.0.0' })).rejects.toThrow(
      'loopback only',
    );
  });

  it('says the console is not built when the renderer folder has no index.html', async () => {
    await expect(
      startWebHost({ dataDir: '/nonexistent', rendererDir: '/nonexistent/renderer' }),
    ).rejects.toThrow('The console is not built');
  });
});
