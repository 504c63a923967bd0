import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeOf } from './static-files';

/** One of the page's first files, held in memory. */
export interface PageFile {
  contentType: string;
  body: Buffer;
}

/** A file the page's HTML names in its own assets folder: ./assets/<name>, no other path. */
const ASSET_REFERENCE = /(?:src|href)="\.\/(assets\/[\w.-]+)"/g;

/**
 * The page's first files, by request path: index.html (also at /) and the scripts and styles it
 * names, read once when the host starts. Each is sent with one write, so it reaches the browser
 * while the host is still loading and opening the core; a file streamed from disk waits for a turn
 * of the event loop per 64 KB, and those turns wait for the core.
 */
export async function readPageFiles(rendererDir: string): Promise<ReadonlyMap<string, PageFile>> {
  const read = async (name: string): Promise<PageFile> => ({
    contentType: contentTypeOf(name),
    body: await readFile(join(rendererDir, name)),
  });
  const index = await read('index.html');
  const files = new Map([
    ['/', index],
    ['/index.html', index],
  ]);
  const names = new Set(
    [...index.body.toString('utf8').matchAll(ASSET_REFERENCE)].map((match) => match[1]),
  );
  await Promise.all([...names].map(async (name) => files.set(`/${name}`, await read(name))));
  return files;
}
