import { describe, expect, it } from 'vitest';
import { Buy } from '../../../src/shared/protocol/intake';
import { parseBuy, readBuy } from '../../../src/shared/protocol/buy-check';
import { SKU_VARIANTS, expectAgreesWithSchema, notPlainObjects } from '../../support/hand-check';

const buy = { sku: 'DURIAN', qty: 1, buyerId: 'viewer-1' };

/** Every field at and past its bounds, wrong types, missing fields, extra fields. */
const variants: unknown[] = [
  buy,
  { buyerId: 'b', qty: 2, sku: 'A' },
  { ...buy, extra: 'dropped', nested: { a: 1 } },
  ...SKU_VARIANTS.map((sku) => ({ ...buy, sku })),
  { ...buy, qty: 0 },
  { ...buy, qty: 1000 },
  { ...buy, qty: 1001 },
  { ...buy, qty: 1.5 },
  { ...buy, qty: '1' },
  { ...buy, qty: Number.NaN },
  { ...buy, buyerId: '' },
  { ...buy, buyerId: 'y'.repeat(64) },
  { ...buy, buyerId: 'y'.repeat(65) },
  { ...buy, buyerId: null },
  { ...buy, buyerId: undefined },
  { sku: 'A', qty: 1 },
  ...notPlainObjects(buy),
];

describe('readBuy (the hand-written check of buys)', () => {
  it('accepts exactly what the Buy schema accepts, or hands the buy to it', () => {
    expectAgreesWithSchema(variants, readBuy, Buy);
    for (const item of variants) {
      expect(parseBuy(item).ok, JSON.stringify(item)).toBe(Buy.safeParse(item).success);
    }
  });

  it('takes the plain buys a crowd sends without the schema', () => {
    const plain = variants.filter((item) => readBuy(item) !== null);
    expect(plain).toContain(buy);
    expect(plain.length).toBeGreaterThan(6);
  });
});
