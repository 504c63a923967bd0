import { formatDuration } from '../../../shared/format/durations';
import { formatMoney } from '../../../shared/format/money';
import { formatCount, formatPercent } from '../../../shared/format/numbers';
import { formatLocalStamp, formatLocalTime, utcOffset } from '../../../shared/format/times';
import type { Currency, Language } from '../../../shared/model/lineup';
import type { ReviewClock } from '../../../shared/model/review';
import { reportText, type ReportText } from './report-text';
import { showTimeText } from './time-base';

/** Text for HTML: escaped, and with ':' as a character reference, so no text reads as a URL. */
export function html(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll(':', '&#58;');
}

/** The report's formatters and words in one language: the console's one formatting module. */
export interface ReportFormat {
  language: Language;
  t: ReportText;
  /** An amount in minor units as "1,234.50 CNY". */
  money(minor: number, currency: Currency): string;
  /** "12.3 s", "1:02:05" ("12.3 秒" in Chinese). */
  duration(ms: number): string;
  percent(ratio: number | null): string;
  count(value: number): string;
}

export function reportFormat(language: Language): ReportFormat {
  return {
    language,
    t: reportText(language),
    money: (minor, currency) => formatMoney(minor, currency, language),
    duration: (ms) => formatDuration(ms, language),
    percent: (ratio) => (ratio === null ? '–' : formatPercent(ratio, language)),
    count: (value) => formatCount(value, language),
  };
}

/** A moment in the machine's local time with its offset: "2024-06-18 20:00:05 +08:00". */
export function localTime(at: number): string {
  return formatLocalStamp(at);
}

/** Which clock the report's times read: "times in local time (UTC+08:00)" or show time. */
export function clockNote(clock: ReviewClock, at: number, t: ReportText): string {
  return clock.base === 'show' ? t('clockShow') : t('clockLocal', { offset: utcOffset(at) });
}

/**
 * A time of the review clock for the report: "20:00:05 +08:00" (local time with its offset) on
 * the wall clock, show time as "0:01:23" (hours, minutes, seconds since the rehearsal's show time
 * 0); with tenths, "20:00:05.4 +08:00" and "0:01:23.4".
 */
export function clockTime(
  at: number,
  clock: ReviewClock,
  precision: 'seconds' | 'tenths' = 'seconds',
): string {
  const tenths = precision === 'tenths';
  return clock.base === 'wall'
    ? formatLocalTime(at, tenths)
    : showTimeText(at - clock.zeroAt).slice(0, tenths ? -2 : -4);
}
