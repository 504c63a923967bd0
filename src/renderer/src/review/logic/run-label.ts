import type { TFunction } from 'i18next';
import { formatDateTime, formatMoment } from '../../../../shared/format/times';

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

/** A run's number as the run list shows it under its name: "#12". */
export function runNumber(t: TFunction, run: { id: number }): string {
  return t('review.runNumber', { number: run.id });
}

/**
 * A run named apart from every other (the compare tab's picker and headings): its start to the
 * second and its number, "#12 · Durian night · Dec 5, 2026, 9:41:05 PM", since two rehearsals of
 * a show can start in the same second.
 */
export function exactRunLabel(
  t: TFunction,
  run: { id: number; name: string; startedAt: number },
  language: string,
): string {
  return t('review.exactRunLabel', {
    name: run.name,
    started: formatMoment(run.startedAt, language),
    number: runNumber(t, run),
  });
}
