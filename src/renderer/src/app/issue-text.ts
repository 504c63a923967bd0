import type { TFunction } from 'i18next';
import type { IssueReason } from '../../../shared/api/errors';
import { SUPPORTED_PLACEHOLDERS } from '../../../shared/model/placeholders';

/**
 * A refused input's problem in the UI's language: the renderer words a reason it knows, and shows
 * the core's own (English) message otherwise.
 */
export function issueText(t: TFunction, issue: { message: string; reason?: IssueReason }): string {
  if (issue.reason?.code === 'unknown_placeholder') {
    return t('validation.unknownPlaceholder', {
      placeholder: `{${issue.reason.placeholder}}`,
      supported: SUPPORTED_PLACEHOLDERS,
    });
  }
  return issue.message;
}
