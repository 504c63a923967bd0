import type { TFunction } from 'i18next';
import { formatDuration } from '../../../../shared/format/durations';
import type { LiveProduct } from '../../../../shared/model/live';

export type ForecastFigures = Pick<
  LiveProduct,
  'unitsPerSecond' | 'sellOutSeconds' | 'sellOutRange'
>;

/** Where a screen keeps its forecast sentences: `unknown`, `soldOut`, `idle`, `unpinned`, `text`. */
export type ForecastKeys = 'console.card.forecast' | 'host.forecast';

/**
 * "sold out in ~38 s (34 s–43 s)": the forecast with the range its rate's spread gives; or why
 * there is none: the rate is unknown (link down or stale), sold out, nothing selling, or a
 * product that sells without being pinned (a trickle is not projected).
 */
export function forecastText(
  t: TFunction,
  figures: ForecastFigures,
  keys: ForecastKeys,
  language: string,
): string {
  const duration = (seconds: number) => formatDuration(seconds * 1000, language);
  const { unitsPerSecond, sellOutSeconds, sellOutRange } = figures;
  if (sellOutSeconds !== null && sellOutSeconds <= 0) return t(`${keys}.soldOut`);
  if (unitsPerSecond === null) return t(`${keys}.unknown`);
  if (sellOutSeconds === null) return t(unitsPerSecond > 0 ? `${keys}.unpinned` : `${keys}.idle`);
  const low = duration(sellOutRange?.lowSeconds ?? sellOutSeconds);
  const range =
    sellOutRange?.highSeconds === null
      ? t('live.range.open', { low })
      : t('live.range.closed', {
          low,
          high: duration(sellOutRange?.highSeconds ?? sellOutSeconds),
        });
  return t(`${keys}.text`, { time: duration(sellOutSeconds), range });
}
