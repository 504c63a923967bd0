import type { z } from 'zod';
import { coreText, englishText, isCoreText, isCoreTextCode, type CoreText } from './core-text';

/**
 * The text of one zod issue: the text a schema's own check gives in `params.text`, or the code a
 * schema gives as its message (for example `.min(1, 'sku_empty')`, with the limit as `min` or
 * `max`), else a general text from the kind of issue and its limits.
 */
export function zodIssueText(issue: z.core.$ZodIssue): CoreText {
  const given: unknown = issue.code === 'custom' ? issue.params?.text : undefined;
  if (isCoreText(given)) return given;
  if (isCoreTextCode(issue.message)) {
    if (issue.code === 'too_big') return coreText(issue.message, { max: Number(issue.maximum) });
    if (issue.code === 'too_small') return coreText(issue.message, { min: Number(issue.minimum) });
    return coreText(issue.message);
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return coreText('text_empty');
      return coreText('number_too_small', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return coreText('text_too_long', { max: Number(issue.maximum) });
      return coreText('number_too_large', { max: Number(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return coreText('number_whole');
      return coreText(issue.expected === 'number' ? 'number_expected' : 'value_invalid');
    case 'invalid_value':
      return coreText('value_not_one_of', { options: issue.values.map(String).join(', ') });
    default:
      return coreText('value_invalid');
  }
}

/** The issue in English: the text of a schema's code, else zod's own message. */
export function zodIssueMessage(issue: z.core.$ZodIssue): string {
  return isCoreTextCode(issue.message) ? englishText(zodIssueText(issue)) : issue.message;
}
