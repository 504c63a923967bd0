import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { MEDIA_NAME, mediaContentType } from '../../shared/model/media';

/** Where the page asks for stored pictures: /media/<sha256>.<ext>. */
export const MEDIA_PATH_PREFIX = '/media/';

/** Stored pictures never change (the name is their hash), so browsers may keep them a year. */
const MEDIA_CACHE = 'private, max-age=31536000, immutable';

/**
 * The stored picture a /media/ request names, or undefined when the name is not exactly a
 * SHA-256 with a picture extension (anything else, dots and slashes included, is refused before
 * any path is built) or no such file exists.
 */
export async function resolveMediaFile(
  imagesDir: string,
  pathname: string,
): Promise<{ file: string; contentType: string } | undefined> {
  const name = pathname.slice(MEDIA_PATH_PREFIX.length);
  if (!MEDIA_NAME.test(name)) return undefined;
  const file = join(imagesDir, name);
  try {
    const info = await stat(file);
    return info.isFile() ? { file, contentType: mediaContentType(name) } : undefined;
  } catch {
    return undefined;
  }
}

/** Sends a stored picture with its type, no sniffing, and a long cache. */
export function sendMediaFile(
  response: ServerResponse,
  media: { file: string; contentType: string },
  headers: Record<string, string>,
  headOnly: boolean,
): void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': media.contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': MEDIA_CACHE,
  });
  if (headOnly) {
    response.end();
    return;
  }
  createReadStream(media.file)
    .on('error', () => response.destroy())
    .pipe(response);
}
