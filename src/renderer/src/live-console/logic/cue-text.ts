import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/model/lineup';
import type { CueFlashSale } from '../../../../shared/model/onair';
import { formatSeconds } from '../../../../shared/format/durations';
import { formatMoney } from '../../../../shared/format/money';
import { formatCount } from '../../../../shared/format/numbers';

/** A cue as its summary needs it. */
export interface CueParts {
  name: string;
  pinSeconds: number | null;
  flashSale: CueFlashSale | null;
  loadTalkingPoints: boolean;
}

/** What firing the cue does, one line per step: the pin, the flash sale, the talking points. */
export function cueLines(t: TFunction, cue: CueParts, currency: Currency, language: string) {
  const lines = [
    cue.pinSeconds === null
      ? t('console.cue.pinLine', { name: cue.name })
      : t('console.cue.pinForLine', { name: cue.name, time: formatSeconds(cue.pinSeconds) }),
  ];
  if (cue.flashSale !== null) {
    lines.push(
      t('console.cue.flashLine', {
        price: formatMoney(cue.flashSale.priceMinor, currency, language),
        cap: formatCount(cue.flashSale.unitCap, language),
        time: formatSeconds(cue.flashSale.seconds),
      }),
    );
  }
  if (cue.loadTalkingPoints) lines.push(t('console.cue.pointsLine'));
  return lines;
}
