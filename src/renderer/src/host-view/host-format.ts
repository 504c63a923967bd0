import type { TFunction } from 'i18next';

/** "Sold out in ~40 s", "Sold out in ~3 min", "Sold out", or that nothing is selling. */
export function forecastText(t: TFunction, sellOutSeconds: number | null): string {
  if (sellOutSeconds === null) return t('host.forecast.idle');
  if (sellOutSeconds <= 0) return t('host.forecast.soldOut');
  if (sellOutSeconds < 90) {
    return t('host.forecast.seconds', { seconds: Math.max(1, Math.round(sellOutSeconds)) });
  }
  return t('host.forecast.minutes', { minutes: Math.round(sellOutSeconds / 60) });
}
