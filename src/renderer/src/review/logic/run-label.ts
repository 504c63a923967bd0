import type { TFunction } from 'i18next';
import { formatDateTime, formatMoment } from '../../../../shared/format/times';

/**
 * A run as the UI names it: its name (the show's name and the kind of run) with its start in the
 * UI language, "618 Thai fruit live (Tmall) (rehearsal) · 27 Nov 2026, 09:08"; `seconds` where two
 * runs of a show started in the same minute must read apart (the compare tab): "…, 09:08:15".
 */
export function runLabel(
  t: TFunction,
  run: { name: string; startedAt: number },
  language: string,
  seconds = false,
): string {
  const started = (seconds ? formatMoment : formatDateTime)(run.startedAt, language);
  return t('review.runLabel', { name: run.name, started });
}
