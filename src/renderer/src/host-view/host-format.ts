import type { TFunction } from 'i18next';
import type { Currency } from '../../../shared/model/lineup';

/** Prices are kept in hundredths of the major unit for every currency (59.90 is 5990). */
const MINOR_PER_MAJOR = 100;

/** 23900 CNY is "¥239", 5990 is "¥59.90": as the host reads it out. */
export function hostPrice(priceMinor: number, currency: Currency, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: 'stripIfInteger',
  }).format(priceMinor / MINOR_PER_MAJOR);
}

export function hostCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Units per second with one decimal at most: "12.5". */
export function hostRate(unitsPerSecond: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(unitsPerSecond);
}

/** An elapsed or remaining time: "4:05", "1:02:13". */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Whole seconds left until `deadline`, as a countdown: "0:25". */
export function countdownText(deadline: number, now: number): string {
  return clockText(Math.ceil(Math.max(0, deadline - now) / 1000) * 1000);
}

/** "Sold out in ~40 s", "Sold out in ~3 min", "Sold out", or that nothing is selling. */
export function forecastText(t: TFunction, sellOutSeconds: number | null): string {
  if (sellOutSeconds === null) return t('host.forecast.idle');
  if (sellOutSeconds <= 0) return t('host.forecast.soldOut');
  if (sellOutSeconds < 90) {
    return t('host.forecast.seconds', { seconds: Math.max(1, Math.round(sellOutSeconds)) });
  }
  return t('host.forecast.minutes', { minutes: Math.round(sellOutSeconds / 60) });
}
