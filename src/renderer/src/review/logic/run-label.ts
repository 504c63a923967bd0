import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../../shared/format/times';

/**
 * A run as the UI names it: its name (the show's name and the kind of run) with its start in the
 * UI language, "618 Thai fruit live (Tmall) (rehearsal) · 27 Nov 2026, 09:08".
 */
export function runLabel(
  t: TFunction,
  run: { name: string; startedAt: number },
  language: string,
): string {
  return t('review.runLabel', { name: run.name, started: formatDateTime(run.startedAt, language) });
}
