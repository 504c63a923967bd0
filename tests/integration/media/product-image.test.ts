import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import type { ApiInput } from '../../../src/shared/api/contract';
import { MAX_IMAGE_BYTES } from '../../../src/shared/model/media';
import { useTempDirs } from '../../support/temp-dir';
import { invoke, invokeError, product, startCore } from '../../support/core-api';
import { TINY_PNG_BASE64 } from '../../support/tiny-png';

const tempDir = useTempDirs();
let core: Core;
let dataDir: string;

afterEach(() => core.close());

async function showWithTwoProducts() {
  dataDir = tempDir();
  core = startCore(dataDir);
  const show = await invoke(core, 'show.create', { name: 'Pictures' });
  await invoke(core, 'product.add', { showId: show.id, product: product('A') });
  const full = await invoke(core, 'product.add', { showId: show.id, product: product('B') });
  const [a, b] = full.products;
  if (!a || !b) throw new Error('the show should hold two products');
  return { a: a.id, b: b.id };
}

const PNG_BYTES = Buffer.from(TINY_PNG_BASE64, 'base64');
const PNG_NAME = `${createHash('sha256').update(PNG_BYTES).digest('hex')}.png`;

/** The input of product.setImage; the defaults make a valid one. */
function setPng(productId: number, dataBase64 = TINY_PNG_BASE64, mimeType = 'image/png') {
  return { productId, fileName: 'durian.png', mimeType, dataBase64 };
}

function pngFor(productId: number): ApiInput<'product.setImage'> {
  return { productId, fileName: 'durian.png', mimeType: 'image/png', dataBase64: TINY_PNG_BASE64 };
}

describe('product pictures', () => {
  it('stores a PNG by its hash and records images/<sha256>.png on the product', async () => {
    const { a } = await showWithTwoProducts();
    const show = await invoke(core, 'product.setImage', pngFor(a));
    expect(show.products[0]?.imagePath).toBe(`images/${PNG_NAME}`);
    expect(readFileSync(join(dataDir, 'images', PNG_NAME)).equals(PNG_BYTES)).toBe(true);
    const again = await invoke(core, 'show.get', { showId: show.id });
    expect(again.products[0]?.imagePath).toBe(`images/${PNG_NAME}`);
  });

  it('stores identical bytes once, leaving no temporary file', async () => {
    const { a, b } = await showWithTwoProducts();
    await invoke(core, 'product.setImage', pngFor(a));
    const show = await invoke(core, 'product.setImage', pngFor(b));
    expect(show.products.map((each) => each.imagePath)).toEqual([
      `images/${PNG_NAME}`,
      `images/${PNG_NAME}`,
    ]);
    expect(readdirSync(join(dataDir, 'images'))).toEqual([PNG_NAME]);
  });

  it('refuses bytes that are not the declared type, with invalid_input', async () => {
    const { a } = await showWithTwoProducts();
    const text = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    const notPng = await invokeError(core, 'product.setImage', setPng(a, text));
    expect(notPng.code).toBe('invalid_input');
    expect(notPng.issues[0]?.path).toEqual(['dataBase64']);
    const pngAsJpeg = await invokeError(
      core,
      'product.setImage',
      setPng(a, TINY_PNG_BASE64, 'image/jpeg'),
    );
    expect(pngAsJpeg.code).toBe('invalid_input');
    const gif = await invokeError(
      core,
      'product.setImage',
      setPng(a, TINY_PNG_BASE64, 'image/gif'),
    );
    expect(gif.code).toBe('invalid_input');
    const show = await invoke(core, 'show.get', { showId: 1 });
    expect(show.products[0]?.imagePath).toBeNull();
    expect(() => readdirSync(join(dataDir, 'images'))).toThrow();
  });

  it('refuses a picture larger than 5 MB, with invalid_input', async () => {
    const { a } = await showWithTwoProducts();
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    PNG_BYTES.copy(big);
    const error = await invokeError(core, 'product.setImage', setPng(a, big.toString('base64')));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('5 MB');
    const huge = Buffer.alloc(MAX_IMAGE_BYTES * 2).toString('base64');
    expect((await invokeError(core, 'product.setImage', setPng(a, huge))).code).toBe(
      'invalid_input',
    );
  });

  it('refuses a product that does not exist, with not_found', async () => {
    await showWithTwoProducts();
    const error = await invokeError(core, 'product.setImage', setPng(999));
    expect(error.code).toBe('not_found');
  });

  it('clears the picture and tells listeners the lineup changed', async () => {
    const { a } = await showWithTwoProducts();
    await invoke(core, 'product.setImage', pngFor(a));
    const changes: number[] = [];
    core.events.listen((event, payload) => {
      if (event === 'lineup.changed') changes.push((payload as { showId: number }).showId);
    });
    const show = await invoke(core, 'product.clearImage', { productId: a });
    expect(show.products[0]?.imagePath).toBeNull();
    expect(changes).toEqual([show.id]);
    expect((await invokeError(core, 'product.clearImage', { productId: 999 })).code).toBe(
      'not_found',
    );
  });
});
