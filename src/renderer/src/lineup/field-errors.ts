import { ApiError } from '../../../shared/api/errors';

/**
 * Maps an ApiError's issues to form fields: an issue whose path holds a field name (for example
 * ["product", "sku"]) lands on that field. Returns null for errors that are not about fields.
 */
export function fieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> | null {
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  const result: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = fields.find((name) => issue.path.includes(name));
    if (field && !result[field]) result[field] = issue.message;
  }
  return Object.keys(result).length > 0 ? result : null;
}
