import type { z } from 'zod';
import { coreText, type CoreText } from '../../../../shared/api/core-text';
import { zodIssueText } from '../../../../shared/api/zod-issue-text';
import type { Currency } from '../../../../shared/model/lineup';
import { formatMoney } from '../../../../shared/format/money';

/**
 * The text of an issue the lineup rules find in a product form: a price over the limit gives
 * the limit as money in the product's currency and the reader's format (the rule's limit is in
 * minor units: "must be at most 100000000" was fen, a hundred times the yuan figure).
 */
export function productIssueText(
  issue: z.core.$ZodIssue,
  currency: Currency,
  language: string,
): CoreText {
  if (issue.code === 'too_big' && issue.path[0] === 'priceMinor') {
    return coreText('number_too_large', {
      max: formatMoney(Number(issue.maximum), currency, language),
    });
  }
  return zodIssueText(issue);
}
