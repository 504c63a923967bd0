import type { Currency } from '../../../shared/model/lineup';
import type { Revenue } from '../../../shared/model/review';

/**
 * Figures of the review in the UI language. Durations use Intl's units ("42.5 s", "42.5秒"),
 * longer ones a clock ("3:05", "1:02:03"); moments in a run are also shown as the time since
 * the run's start ("+0:42.5").
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 62_300 ms is "1:02.3"; 3_723_000 ms is "1:02:03"; with `tenths` false "1:02". */
export function formatClockDuration(ms: number, tenths = true): string {
  const total = Math.max(0, ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = (total % 60_000) / 1000;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(Math.floor(seconds))}`;
  if (!tenths) return `${minutes}:${pad(Math.floor(seconds))}`;
  const whole = Math.floor(seconds);
  const tenth = Math.floor((seconds - whole) * 10 + 1e-9);
  return `${minutes}:${pad(whole)}.${tenth}`;
}

/** A duration: seconds under a minute ("4.2 s"), a clock above ("3:05"). */
export function formatDuration(ms: number, language: string): string {
  if (ms < 60_000) {
    return new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'second',
      maximumFractionDigits: 1,
    }).format(Math.max(0, ms) / 1000);
  }
  return formatClockDuration(ms, false);
}

/** Time since the run's start: "+1:02.3". */
export function formatOffset(at: number, start: number): string {
  return `+${formatClockDuration(at - start)}`;
}

/** The time of day with seconds, in the UI language. */
export function formatTimeOfDay(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(at);
}

/** Date and time without seconds, for the run list. */
export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** 0.875 is "87.5%". */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

/**
 * Money in hundredths of the major unit (as everywhere in the console) with grouping:
 * 614200000 CNY is "6,142,000.00 CNY".
 */
export function formatMoney(minor: number, currency: Currency, language: string): string {
  const major = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
  return `${major} ${currency}`;
}

/** Revenue in each currency, joined: "1,234.00 CNY + 10.00 USD"; "–" for none. */
export function formatRevenue(revenue: readonly Revenue[], language: string): string {
  if (revenue.length === 0) return '–';
  return revenue.map((item) => formatMoney(item.minor, item.currency, language)).join(' + ');
}

/** A signed difference: "+12", "−3", "0" (also for a difference too small to show). */
export function formatSigned(value: number, format: (magnitude: number) => string): string {
  const zero = format(0);
  const magnitude = format(Math.abs(value));
  if (value === 0 || magnitude === zero) return zero;
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
