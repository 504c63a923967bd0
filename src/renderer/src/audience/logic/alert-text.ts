import type { TFunction } from 'i18next';
import type { PromptAlert } from '../../../../shared/model/audience';
import { formatCount } from '../../../../shared/format/numbers';

/**
 * A prompter alert in the UI language, with the product named as the console names it. A fast
 * sell-out asks to arm the next slot, or, with a cue already armed (`armed`: its product's name),
 * to fire it.
 */
export function alertText(
  t: TFunction,
  alert: PromptAlert,
  nameOf: (sku: string) => string,
  language: string,
  armed: string | null = null,
): string {
  const product = alert.sku === null ? '' : nameOf(alert.sku);
  const n = (key: string) => formatCount(alert.figures[key] ?? 0, language);
  switch (alert.kind) {
    case 'fastSellOut':
      return armed === null
        ? t('audience.alerts.fastSellOut', { product, seconds: n('seconds') })
        : t('audience.alerts.fastSellOutArmed', { product, seconds: n('seconds'), next: armed });
    case 'slotOverrun':
      return t('audience.alerts.slotOverrun', { product, over: n('overSeconds') });
    case 'viewerDrop':
      return t('audience.alerts.viewerDrop', {
        percent: n('percent'),
        from: n('from'),
        to: n('to'),
      });
    case 'refusedAttempts':
      return t('audience.alerts.refusedAttempts', { product, attempts: n('attempts') });
    case 'questionPileUp':
      return t('audience.alerts.questionPileUp', { product, questions: n('questions') });
  }
}
