import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_NAME, MEDIA_SCHEME, mediaContentType } from '../../shared/model/media';

/** The host part of every media URL: showdesk-media://images/<sha256>.<ext>. */
const MEDIA_HOST = 'images';

/** Call before the app is ready: the page may load pictures from the media scheme. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/**
 * Serves stored product pictures on the media scheme, only from `imagesDir` and only for names
 * that are exactly a SHA-256 with a picture extension; no other path is ever built.
 */
export function serveMediaScheme(imagesDir: string): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    const name = url.pathname.slice(1);
    if (url.host !== MEDIA_HOST || request.method !== 'GET' || !MEDIA_NAME.test(name)) {
      return notFound();
    }
    try {
      const bytes = await readFile(join(imagesDir, name));
      return new Response(bytes, {
        headers: {
          'Content-Type': mediaContentType(name),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, max-age=31536000, immutable',
        },
      });
    } catch {
      return notFound();
    }
  });
}
