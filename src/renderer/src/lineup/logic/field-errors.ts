import type { TFunction } from 'i18next';
import { ApiError } from '../../../../shared/api/errors';
import { LIVE_LOCKED_ISSUE } from '../../../../shared/model/lineup-values';
import { sayMessage } from '../../app/logic/core-text';

/**
 * Maps an ApiError's issues to form fields: an issue whose path holds a field name (for example
 * ["product", "sku"]) lands on that field, in the UI's language. Returns null for errors that are
 * not about fields.
 */
export function fieldErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> | null {
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  const result: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = fields.find((name) => issue.path.includes(name));
    if (field && !result[field]) result[field] = sayMessage(t, issue);
  }
  return Object.keys(result).length > 0 ? result : null;
}

/**
 * The fields a refused edit names as locked by an open run (they are on the sale server: change
 * them with the live commands); empty for any other error.
 */
export function liveLockedFields<F extends string>(error: unknown, fields: readonly F[]): F[] {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return [];
  return fields.filter((field) =>
    error.issues.some(
      (issue) => issue.path.at(-1) === LIVE_LOCKED_ISSUE && issue.path.includes(field),
    ),
  );
}
