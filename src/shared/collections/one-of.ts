/** Whether `value` is one of `values` (a check of a closed list of names without a schema). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
