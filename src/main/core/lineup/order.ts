import { coreText, type CoreTextCode } from '../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../shared/api/errors';

/**
 * Checks that a requested order names exactly the current items: every id once, none missing,
 * none extra. `what` names the items in the message.
 */
export function checkReorder(
  currentIds: readonly number[],
  requestedIds: readonly number[],
  what: Extract<CoreTextCode, 'what_products' | 'what_talking_points'>,
  field: string,
): void {
  const current = new Set(currentIds);
  const seen = new Set<number>();
  const repeated: number[] = [];
  const unknown: number[] = [];
  for (const id of requestedIds) {
    if (seen.has(id)) repeated.push(id);
    else if (!current.has(id)) unknown.push(id);
    seen.add(id);
  }
  const missing = currentIds.filter((id) => !seen.has(id));
  const problems = [
    repeated.length > 0 ? `listed twice: ${repeated.join(', ')}` : '',
    unknown.length > 0 ? `not in this list: ${unknown.join(', ')}` : '',
    missing.length > 0 ? `missing: ${missing.join(', ')}` : '',
  ].filter((problem) => problem !== '');
  if (problems.length > 0) {
    const text = coreText('order_mismatch', {
      count: currentIds.length,
      what: coreText(what),
      problems: problems.join('; '),
    });
    throw new ApiError('invalid_input', text, [issueAt([field], text)]);
  }
}
