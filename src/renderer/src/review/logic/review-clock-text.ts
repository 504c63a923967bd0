import type { TFunction } from 'i18next';
import type { ReviewClock, RunResults } from '../../../../shared/model/review';
import { formatDuration } from '../../../../shared/format/durations';
import { formatTimeOfDay } from '../../../../shared/format/times';
import { formatOffset } from './review-format';

/**
 * A run's review on its one clock: a rehearsal's times are show time (counted from its start,
 * standing still while paused), a live run's the wall clock. Offsets from the start ("+0:42.5")
 * read on both; only a live run's moments also have a true local time of day.
 */

/** The local time of day of a moment of a live run; null on show time (it would be false). */
export function wallTimeOf(at: number, clock: ReviewClock, language: string): string | null {
  return clock.base === 'wall' ? formatTimeOfDay(at, language) : null;
}

/** The heading of a column of moments: "Show time" for a rehearsal, `wallLabel` otherwise. */
export function momentColumn(t: TFunction, clock: ReviewClock, wallLabel: string): string {
  return clock.base === 'show' ? t('review.clock.showTime') : wallLabel;
}

export interface SpanFigure {
  label: string;
  value: string;
  /** For a run still open: where its figures end (the log's last entry), on the run's clock. */
  note: string | null;
}

/**
 * The run's length as the header gives it: "Duration" for a live run, "Show time" for a
 * rehearsal; for a run still open, "so far", up to the last entry of its log (said when).
 */
export function spanFigure(t: TFunction, results: RunResults, language: string): SpanFigure {
  const { clock, from, to, run } = results;
  const show = clock.base === 'show';
  const value = formatDuration(to - from, language);
  if (!run.open) {
    return { label: t(show ? 'review.clock.showTime' : 'review.run.duration'), value, note: null };
  }
  const time = wallTimeOf(to, clock, language) ?? formatOffset(to, from);
  return {
    label: t(show ? 'review.run.showTimeSoFar' : 'review.run.durationSoFar'),
    value,
    note: t(show ? 'review.run.toLastEntryShowTime' : 'review.run.toLastEntry', { time }),
  };
}
