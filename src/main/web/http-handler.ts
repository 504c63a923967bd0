import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostHeaderMatches, tokenCookie, tokenProof } from './access';
import { MEDIA_PATH_PREFIX, resolveMediaFile, sendMediaFile } from './media-files';
import type { PageFile } from './page-files';
import { contentTypeOf, resolveStaticFile } from './static-files';

export interface HttpContext {
  origin: URL;
  token: string;
  rendererDir: string;
  /** Stored product pictures (<dataDir>/images), served at /media/<name>. */
  imagesDir: string;
  /** The renderer's own Content Security Policy, sent with every response. */
  csp: string;
  /** The page's first files held in memory, by request path (see readPageFiles). */
  pageFiles: ReadonlyMap<string, PageFile>;
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function reply(context: HttpContext, response: ServerResponse, status: number, text: string) {
  response.writeHead(status, {
    ...securityHeaders(context.csp),
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.end(text);
}

/** Starts a 200 answer with the page's headers (the token's cookie on the first, query-proved load). */
function writeOk(
  context: HttpContext,
  response: ServerResponse,
  proof: 'query' | 'cookie',
  contentType: string,
): void {
  const headers: Record<string, string> = {
    ...securityHeaders(context.csp),
    'Content-Type': contentType,
  };
  if (proof === 'query') headers['Set-Cookie'] = tokenCookie(context.token);
  response.writeHead(200, headers);
}

/**
 * Serves the built renderer to a request that holds the token (in the query on first load, then
 * in an HttpOnly cookie), and nothing to anyone else.
 */
export async function handleHttp(
  context: HttpContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    reply(context, response, 405, 'Method not allowed');
    return;
  }
  if (!hostHeaderMatches(request, context.origin)) {
    reply(context, response, 403, 'Forbidden: unexpected Host header');
    return;
  }
  const url = new URL(request.url ?? '/', context.origin);
  const proof = tokenProof(request, url, context.token);
  if (proof === 'none') {
    reply(
      context,
      response,
      403,
      'Forbidden: open the address that npm run web printed (it holds the token)',
    );
    return;
  }
  if (url.pathname.startsWith(MEDIA_PATH_PREFIX)) {
    const media = await resolveMediaFile(context.imagesDir, url.pathname);
    if (media === undefined) {
      reply(context, response, 404, 'Not found');
      return;
    }
    sendMediaFile(response, media, securityHeaders(context.csp), request.method === 'HEAD');
    return;
  }
  const held = context.pageFiles.get(url.pathname);
  if (held !== undefined) {
    writeOk(context, response, proof, held.contentType);
    response.end(request.method === 'HEAD' ? undefined : held.body);
    return;
  }
  const file = await resolveStaticFile(context.rendererDir, url.pathname);
  if (file === undefined) {
    reply(context, response, 404, 'Not found');
    return;
  }
  writeOk(context, response, proof, contentTypeOf(file));
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}
