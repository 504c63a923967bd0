import type { TFunction } from 'i18next';
import { formatSeconds } from '../lineup/seconds';

/** 1234 is "1,234" in English. */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Units per second with one decimal at most: "12.5". */
export function formatRate(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A short duration: "0.4 s" under ten seconds, "42 s" under a minute, "3:05" above. */
export function formatAge(t: TFunction, ms: number, language: string): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds >= 60) return formatSeconds(Math.floor(seconds));
  const digits = seconds < 10 ? 1 : 0;
  const value = new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(seconds);
  return t('live.link.ageSeconds', { seconds: value });
}

/** Whole seconds left until `deadline` (epoch ms), never negative: "0:25". */
export function formatLeft(deadline: number, now: number): string {
  return formatSeconds(Math.max(0, Math.ceil((deadline - now) / 1000)));
}

/** A moment as date and time in the UI language. */
export function formatMoment(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
}
