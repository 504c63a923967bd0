import { expect } from 'vitest';
import type { z } from 'zod';

/**
 * For a hand-written check of a message that arrives by the thousand: whatever it takes, the
 * schema takes too, giving the same fields in the same order (their JSON text is what is stored
 * or sent), in a new object; what it leaves (null) the schema judges.
 */
export function expectAgreesWithSchema(
  variants: readonly unknown[],
  read: (item: unknown) => unknown,
  schema: z.ZodType,
): void {
  for (const item of variants) {
    const fast = read(item);
    if (fast === null) continue;
    const parsed = schema.safeParse(item);
    expect(parsed.success, JSON.stringify(item)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
    expect(fast).not.toBe(item);
  }
}

/** SKUs at and past the bounds of the Sku schema, for the variants of a hand check's test. */
export const SKU_VARIANTS: readonly unknown[] = [
  '',
  ' DURIAN ',
  'A'.repeat(40),
  'A'.repeat(41),
  '-A',
  'A B',
  'A.b_c-9',
  '榴莲',
  7,
];

/** Values that are not a plain object (`value` in an array, a prototype-less copy of it, ...). */
export function notPlainObjects(value: object): unknown[] {
  return [[value], null, 'text', 42, Object.assign(Object.create(null) as object, value)];
}
