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

const fractionDigits = new Map<string, number>();

function digitsOf(currency: string): number {
  let digits = fractionDigits.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    fractionDigits.set(currency, digits);
  }
  return digits;
}

/** An amount in minor units as "CNY 1,234.50". */
export function money(minor: number, currency: string): string {
  const digits = digitsOf(currency);
  const value = (minor / 10 ** digits).toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${currency} ${value}`;
}

/** "2024-06-18 20:00:05 UTC" */
export function utcTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * A time of the review clock for the report: "20:00:05 UTC" on the wall clock, show time as
 * "0:01:23" (hours, minutes, seconds since the rehearsal's show time 0) on a show clock; with
 * tenths, "20:00:05.4 UTC" and "0:01:23.4".
 */
export function clockTime(
  at: number,
  clock: ReviewClock,
  precision: 'seconds' | 'tenths' = 'seconds',
): string {
  const tenths = precision === 'tenths';
  return clock.base === 'wall'
    ? `${new Date(at).toISOString().slice(11, tenths ? 21 : 19)} UTC`
    : showTimeText(at - clock.zeroAt).slice(0, tenths ? -2 : -4);
}

/** "1 h 02 min 05 s", "12.3 s" */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h} h ${pad(m)} min ${pad(s)} s` : `${m} min ${pad(s)} s`;
}

export function percent(ratio: number | null): string {
  return ratio === null ? '–' : `${(ratio * 100).toFixed(1)} %`;
}

export function count(value: number): string {
  return value.toLocaleString('en');
}
