import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the console page comes from: the built file, or electron-vite's dev server. */
export type RendererLocation = { kind: 'file'; indexFile: string } | { kind: 'dev'; url: URL };

export function rendererLocation(
  mainDir: string,
  devServerUrl: string | undefined,
): RendererLocation {
  if (devServerUrl !== undefined && devServerUrl !== '') {
    return { kind: 'dev', url: new URL(devServerUrl) };
  }
  return { kind: 'file', indexFile: join(mainDir, '..', 'renderer', 'index.html') };
}

/**
 * True only for the console page itself: the same built index.html, or the same dev-server
 * origin. The URL is parsed, never matched by substring.
 */
export function isConsolePage(location: RendererLocation, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  switch (location.kind) {
    case 'file':
      return (
        url.protocol === 'file:' && url.host === '' && fileURLToPath(url) === location.indexFile
      );
    case 'dev':
      return url.origin === location.url.origin;
    default: {
      const unknownKind: never = location;
      throw new Error(`Unknown renderer location ${String(unknownKind)}`);
    }
  }
}
