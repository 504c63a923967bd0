import type { TFunction } from 'i18next';
import { formatDuration } from '../../../../shared/format/durations';
import type { LiveProduct } from '../../../../shared/model/live';

export type ForecastFigures = Pick<
  LiveProduct,
  'unitsPerSecond' | 'sellOutSeconds' | 'sellOutRange'
>;

/** Where a screen keeps its forecast sentences: `unknown`, `soldOut`, `idle`, `unpinned`, `far`, `text`. */
export type ForecastKeys = 'console.card.forecast' | 'host.forecast';

/** From an hour out a forecast's figures tell the host nothing: "over 1 h", "45:00 or more". */
const FAR_SECONDS = 3600;
/** A range whose high end is more than this many times its low end says only its low end. */
const WIDEST_SPREAD = 3;

/**
 * "sold out in ~38 s (34 s–43 s)": the forecast with the range its rate's spread gives; or why
 * there is none: the rate is unknown (link down or stale), sold out, nothing selling, or a
 * product that sells without being pinned (a trickle is not projected). Far out it says less: an
 * hour or more at the soonest is "over 1 h"; a range reaching an hour or spreading more than
 * three times its low end is its low end "or more" ("(13:45 or more)", not "(13:45–30:21:31)").
 * So no forecast is longer than "sold out in ~59:59 (59:59 or more)", in every screen.
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
  const lowSeconds = sellOutRange?.lowSeconds ?? sellOutSeconds;
  const highSeconds = sellOutRange === null ? sellOutSeconds : sellOutRange.highSeconds;
  if (lowSeconds >= FAR_SECONDS) return t(`${keys}.far`);
  const low = duration(lowSeconds);
  const range =
    highSeconds === null || highSeconds >= FAR_SECONDS || highSeconds > lowSeconds * WIDEST_SPREAD
      ? t('live.range.open', { low })
      : t('live.range.closed', { low, high: duration(highSeconds) });
  return t(`${keys}.text`, { time: duration(sellOutSeconds), range });
}
