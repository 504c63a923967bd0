import { describe, expect, it } from 'vitest';
import { Utf8Batches } from '../../../src/main/core/review/utf8-batches';

describe('UTF-8 batches', () => {
  it('hands on the bytes of every text in order, none split, with their counts', () => {
    const taken: { bytes: Buffer; count: number }[] = [];
    const batches = new Utf8Batches((bytes, count) => taken.push({ bytes, count }), 64);
    const texts = [
      'SKU-1,金枕榴莲,1990\r\n',
      'a'.repeat(40),
      '椰子'.repeat(30),
      'b',
      'é'.repeat(21),
    ];
    texts.forEach((text, i) => batches.add(text, i + 1));
    batches.end();
    expect(Buffer.concat(taken.map((t) => t.bytes)).toString('utf8')).toBe(texts.join(''));
    expect(taken.reduce((sum, t) => sum + t.count, 0)).toBe(15);
    // A text longer than a batch goes on its own; the others fill a batch up to its size.
    expect(taken.map((t) => t.bytes.length)).toEqual([25, 40, 180, 43]);
    for (const { bytes } of taken) expect(bytes.buffer.byteLength >= bytes.length).toBe(true);
  });

  it('hands on nothing when nothing was added', () => {
    const taken: Buffer[] = [];
    const batches = new Utf8Batches((bytes) => taken.push(bytes), 64);
    batches.end();
    expect(taken).toEqual([]);
  });
});
