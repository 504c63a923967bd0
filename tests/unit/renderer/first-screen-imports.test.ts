import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticallyLoaded } from '../../support/static-imports';

const root = resolve(import.meta.dirname, '../../..');
const entry = resolve(root, 'src/renderer/src/main.tsx');

describe("the first screen's script", () => {
  it('loads no zod: the page reads the contract as types and loads the forms’ schemas later', () => {
    const zod = staticallyLoaded(entry)
      .filter(({ specifier }) => specifier === 'zod' || specifier.startsWith('zod/'))
      .map(({ chain }) => chain.map((file) => relative(root, file)).join(' -> '));
    expect(zod).toEqual([]);
  });
});
