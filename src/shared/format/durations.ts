import { numberFormat } from './intl-cache';

/**
 * The one way the console writes durations, per language: under ten seconds with one decimal
 * ("4.2 s", "4.2 秒"), under a minute in whole seconds ("42 s", "42 秒"), from a minute on as a
 * clock ("3:05", "1:02:13"). Clocks are the same in every language.
 */

const SECOND_UNIT: Record<string, string> = { en: ' s', 'zh-CN': ' 秒' };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 245_000 ms is "4:05", 3_733_000 ms is "1:02:13"; whole seconds, rounded down. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** 75 seconds is "1:15". */
export function formatSeconds(totalSeconds: number): string {
  return formatClock(totalSeconds * 1000);
}

/**
 * A slot's time on a stopwatch, in minutes however long: 3_723_000 ms is "62:03", an hour's plan
 * "60:00". A card's slot time ("62:03 / 1:15") is then no wider than "999:59 / 60:00" in its
 * column, where "1:02:03 / 1:15" and "59:59 / 1:00:00" ran out of it.
 */
export function formatMinuteClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${pad(total % 60)}`;
}

/** 62_300 ms is "1:02.3"; from an hour on "1:02:03" without tenths. */
export function formatClockTenths(ms: number): string {
  const total = Math.max(0, ms);
  if (total >= 3_600_000) return formatClock(total);
  const tenths = Math.floor((total % 1000) / 100 + 1e-9);
  return `${formatClock(total)}.${tenths}`;
}

/** Whole seconds left until `deadline` (epoch ms), never negative, as a countdown: "0:25". */
export function formatCountdown(deadline: number, now: number): string {
  return formatSeconds(Math.max(0, Math.ceil((deadline - now) / 1000)));
}

/** Whether formatDuration says no time at all ("0.0 s", under 100 ms): a wait to say as "now". */
export function readsAsNow(ms: number): boolean {
  return ms < 100;
}

/** A duration: "4.2 s" under ten seconds, "42 s" under a minute, "3:05" above ("秒" in Chinese). */
export function formatDuration(ms: number, language: string): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds >= 60) return formatClock(ms);
  const digits = seconds < 10 ? 1 : 0;
  const value = numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(digits === 0 ? Math.floor(seconds) : Math.floor(seconds * 10) / 10);
  return `${value}${SECOND_UNIT[language] ?? SECOND_UNIT.en}`;
}

/**
 * A duration in a column of durations (the review's time pinned and pin to sold out), where every
 * row reads alike as a clock in every language: "0:04", "2:38", "1:02:13"; under a second
 * "< 0:01", never "0.0 s" beside "2:38". A time that did not happen (a product never pinned) is
 * the caller's to say.
 */
export function formatDurationCell(ms: number): string {
  return ms < 1000 ? '< 0:01' : formatClock(ms);
}
