import { describe, expect, it } from 'vitest';
import { OrderEvent } from '../../../src/shared/protocol/events';
import { readOrderEvent } from '../../../src/shared/protocol/order-event-check';
import { SKU_VARIANTS, expectAgreesWithSchema, notPlainObjects } from '../../support/hand-check';
import { orderEvent } from '../../support/misbehaving-server';

const order = orderEvent(7);

/** Every field at and past its bounds, wrong types, missing fields, extra fields. */
const variants: unknown[] = [
  order,
  { ...order, buyer: 'b-1' },
  { ...order, buyer: undefined },
  {
    buyer: 'b',
    sold: 1,
    stock: 99,
    priceMinor: 5,
    qty: 2,
    sku: 'A',
    orderId: 'o',
    at: 0,
    seq: 1,
    type: 'order',
  },
  { ...order, extra: 'dropped', nested: { a: 1 } },
  { ...order, seq: 0 },
  { ...order, seq: 1 },
  { ...order, seq: Number.MAX_SAFE_INTEGER },
  { ...order, seq: Number.MAX_SAFE_INTEGER + 1 },
  { ...order, seq: 1.5 },
  { ...order, seq: '7' },
  { ...order, at: -1 },
  { ...order, at: 8_640_000_000_000_000 },
  { ...order, at: 8_640_000_000_000_001 },
  { ...order, at: Number.NaN },
  { ...order, at: Infinity },
  { ...order, orderId: '' },
  { ...order, orderId: 'x'.repeat(64) },
  { ...order, orderId: 'x'.repeat(65) },
  { ...order, orderId: 42 },
  ...SKU_VARIANTS.map((sku) => ({ ...order, sku })),
  { ...order, qty: 0 },
  { ...order, qty: 1000 },
  { ...order, qty: 1001 },
  { ...order, priceMinor: 0 },
  { ...order, priceMinor: -1 },
  { ...order, priceMinor: 100_000_000 },
  { ...order, priceMinor: 100_000_001 },
  { ...order, stock: -0 },
  { ...order, stock: 1_000_000_000 },
  { ...order, stock: 1_000_000_001 },
  { ...order, sold: null },
  { ...order, buyer: '' },
  { ...order, buyer: 'y'.repeat(65) },
  { ...order, buyer: null },
  { ...order, type: 'stock' },
  { seq: 7, at: 1 },
  ...notPlainObjects(order),
];

describe('readOrderEvent (the hand-written check of order events)', () => {
  it('accepts exactly what the OrderEvent schema accepts, or hands the event to it', () => {
    expectAgreesWithSchema(variants, readOrderEvent, OrderEvent);
  });

  it('takes the plain orders a server sends without the schema', () => {
    const plain = variants.filter((item) => readOrderEvent(item) !== null);
    expect(plain).toContain(order);
    expect(plain.length).toBeGreaterThan(15);
  });
});
