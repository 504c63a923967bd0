import { dateFormat } from './intl-cache';

/**
 * Moments in the UI language and the machine's time zone. Exports also write the offset from
 * UTC ("2024-06-18 20:00:05 +08:00") so that a reader elsewhere knows the moment exactly.
 */

/** Date and time with seconds: "Jun 18, 2024, 8:00:05 PM". */
export function formatMoment(at: number, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
}

/** Date and time without seconds, for lists of runs and shows. */
export function formatDateTime(at: number, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** The time of day with seconds: "8:00:05 PM", "20:00:05". */
export function formatTimeOfDay(at: number, language: string): string {
  return dateFormat(language, { timeStyle: 'medium' }).format(at);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** "+08:00" for a moment eight hours ahead of UTC in the machine's zone. */
export function utcOffset(at: number): string {
  const minutes = -new Date(at).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

/** Local time with its offset, the same in every language: "2024-06-18 20:00:05 +08:00". */
export function formatLocalStamp(at: number, tenths = false): string {
  const date = new Date(at);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const fraction = tenths ? `.${Math.floor(date.getMilliseconds() / 100)}` : '';
  return `${day} ${time}${fraction} ${utcOffset(at)}`;
}

/** Local time of day with the offset: "20:00:05 +08:00". */
export function formatLocalTime(at: number, tenths = false): string {
  return formatLocalStamp(at, tenths).slice(11);
}

/**
 * ISO 8601 in local time with its offset and milliseconds, for files read by programs (the
 * orders CSV): "2024-06-18T20:00:05.123+08:00".
 */
export function formatLocalIso(at: number): string {
  const stamp = formatLocalStamp(at);
  const ms = pad(new Date(at).getMilliseconds(), 3);
  return `${stamp.slice(0, 10)}T${stamp.slice(11, 19)}.${ms}${utcOffset(at)}`;
}
