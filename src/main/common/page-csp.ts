import { readFile } from 'node:fs/promises';

/** The policy used when the page declares none: only the app's own scripts, no plugins. */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i;
const CONTENT_ATTRIBUTE = /\scontent\s*=\s*(["'])(.*?)\1/is;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The Content Security Policy a page declares in its meta tag, if it declares one. */
export function cspOfPage(html: string): string | undefined {
  const tag = CSP_META.exec(html);
  if (tag === null) return undefined;
  const content = CONTENT_ATTRIBUTE.exec(tag[0]);
  if (content === null) return undefined;
  return decodeEntities(content[2] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The policy to send as a header with the console page: the one the renderer's index.html
 * declares, so the header and the page can never disagree.
 */
export async function readPageCsp(indexFile: string): Promise<string> {
  const html = await readFile(indexFile, 'utf8').catch(() => {
    throw new Error(`The console is not built (${indexFile} is missing); run npm run build`);
  });
  return cspOfPage(html) ?? FALLBACK_CSP;
}
