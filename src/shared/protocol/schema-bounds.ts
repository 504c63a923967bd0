/**
 * Tests with the bounds of a zod field, for the hand checks of the messages that arrive by the
 * thousand (order events, comments): each reads its bounds from the schema, so the two agree.
 */

type NumberSchema = { minValue: number | null; maxValue: number | null };
type StringSchema = { minLength: number | null; maxLength: number | null };

/** A whole-number field's test, with its bounds read from the field's schema. */
export function wholeNumber(schema: NumberSchema): (value: unknown) => boolean {
  const min = schema.minValue ?? Number.MIN_SAFE_INTEGER;
  const max = schema.maxValue ?? Number.MAX_SAFE_INTEGER;
  return (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A text field's test of its length (and pattern), with its bounds read from its schema. */
export function text(schema: StringSchema, pattern?: RegExp): (value: unknown) => boolean {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  return (value) =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (pattern === undefined || pattern.test(value));
}
