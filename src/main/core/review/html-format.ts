import { formatDuration } from '../../../shared/format/durations';
import { formatMoney } from '../../../shared/format/money';
import { formatCount, formatPercent } from '../../../shared/format/numbers';
import { formatLocalStamp, formatLocalTime, utcOffset } from '../../../shared/format/times';
import type { Currency } from '../../../shared/model/lineup';
import type { ReviewClock } from '../../../shared/model/review';
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

/** The report's language, until it follows the UI's. */
const LANGUAGE = 'en';

/** An amount in minor units as "1,234.50 CNY". */
export function money(minor: number, currency: Currency): string {
  return formatMoney(minor, currency, LANGUAGE);
}

/** A moment in the machine's local time with its offset: "2024-06-18 20:00:05 +08:00". */
export function localTime(at: number): string {
  return formatLocalStamp(at);
}

/** Which clock the report's times read: "local time (UTC+08:00)" or show time. */
export function clockNote(clock: ReviewClock, at: number): string {
  return clock.base === 'show' ? 'times in show time' : `times in local time (UTC${utcOffset(at)})`;
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

/** "12.3 s", "1:02:05" */
export function duration(ms: number): string {
  return formatDuration(ms, LANGUAGE);
}

export function percent(ratio: number | null): string {
  return ratio === null ? '–' : formatPercent(ratio, LANGUAGE);
}

export function count(value: number): string {
  return formatCount(value, LANGUAGE);
}
