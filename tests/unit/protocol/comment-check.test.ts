import { describe, expect, it } from 'vitest';
import { Comment } from '../../../src/shared/protocol/audience';
import { parseComments, readComment } from '../../../src/shared/protocol/comment-check';

const comment = {
  id: 'c-1',
  at: 1_764_000_000_000,
  viewerId: 'v1',
  name: 'Mei',
  text: 'How much?',
};

/** Every field at and past its bounds, trimmed text, wrong types, missing and extra fields. */
const variants: unknown[] = [
  comment,
  { ...comment, lang: 'zh-CN', sku: 'DUR' },
  { ...comment, lang: undefined, sku: undefined },
  { sku: 'A', lang: 'th', text: 't', name: 'n', viewerId: 'v', at: 0, id: 'x' },
  { ...comment, extra: true },
  { ...comment, id: '' },
  { ...comment, id: 'a'.repeat(64) },
  { ...comment, id: 'a'.repeat(65) },
  { ...comment, id: 'a b' },
  { ...comment, at: -1 },
  { ...comment, at: 1.5 },
  { ...comment, viewerId: '' },
  { ...comment, viewerId: 'v'.repeat(65) },
  { ...comment, name: '  Mei  ' },
  { ...comment, name: '   ' },
  { ...comment, name: 'n'.repeat(64) },
  { ...comment, name: ` ${'n'.repeat(64)} ` },
  { ...comment, name: 'n'.repeat(65) },
  { ...comment, text: '\n多少钱？\t' },
  { ...comment, text: 't'.repeat(500) },
  { ...comment, text: 't'.repeat(501) },
  { ...comment, text: '' },
  { ...comment, text: 7 },
  { ...comment, lang: 'ZH' },
  { ...comment, lang: 'zh-' },
  { ...comment, lang: `zh${'-abcdefgh'.repeat(4)}` },
  { ...comment, lang: null },
  { ...comment, sku: ' DUR ' },
  { ...comment, sku: '-A' },
  { ...comment, sku: 'A'.repeat(41) },
  [comment],
  null,
  'comment',
];

describe('readComment (the hand-written check of comments)', () => {
  it('accepts only what the Comment schema accepts, giving what it gives', () => {
    let taken = 0;
    for (const item of variants) {
      const fast = readComment(item);
      const schema = Comment.safeParse(item);
      if (fast === null) continue;
      taken += 1;
      expect(schema.success, JSON.stringify(item)).toBe(true);
      // The same fields in the same order, names and texts trimmed.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
    }
    expect(taken).toBeGreaterThanOrEqual(10);
  });

  it('parses a message as the schema does, counting the malformed comments', () => {
    const parsed = parseComments({ comments: variants });
    const bySchema = variants.map((item) => Comment.safeParse(item));
    expect(parsed?.comments).toEqual(bySchema.flatMap((r) => (r.success ? [r.data] : [])));
    expect(parsed?.malformed).toBe(bySchema.filter((r) => !r.success).length);
  });
});
