import type { TFunction } from 'i18next';
import type { LinkLogState, RunKind, ShowState } from '../../../../shared/model/live';
import type { FlashSaleEndReason } from '../../../../shared/model/recent';
import { formatCount } from '../../../../shared/format/numbers';
import { linkReasonText } from '../../../../shared/format/link-note-text';
import type { LinkReason } from '../../../../shared/model/link-note';
import { showStateText } from './show-state-badge';

/**
 * What happened on air, in the one set of words the console's Recent events and the review's
 * event markers share (keys under `events`). A field a source does not know is left out: Recent
 * events know a restock's new stock, the review also the units it added.
 */
export type StoryEvent =
  | { kind: 'pin'; sku: string | null }
  | { kind: 'show'; state: ShowState }
  | { kind: 'soldOut'; sku: string }
  | { kind: 'restock'; sku: string; stock: number; units?: number }
  | { kind: 'price'; sku: string; priceMinor: number }
  | { kind: 'flashSale'; sku: string; priceMinor: number; unitCap: number }
  | { kind: 'flashSaleEnded'; sku: string; sold: number; reason: FlashSaleEndReason }
  | { kind: 'link'; state: LinkLogState; reason?: LinkReason };

/** What a sentence needs to name things: a product's name, a price in its currency. */
export interface EventNames {
  nameOf: (sku: string) => string;
  priceOf: (sku: string, minor: number) => string;
  runKind: RunKind;
  language: string;
}

/** One event as a sentence in the UI language. */
export function eventText(t: TFunction, event: StoryEvent, names: EventNames): string {
  const { nameOf, priceOf, runKind, language } = names;
  switch (event.kind) {
    case 'pin':
      return event.sku === null
        ? t('events.unpinned')
        : t('events.pinned', { name: nameOf(event.sku) });
    case 'show':
      return t('events.show', { state: showStateText(t, event.state, runKind) });
    case 'soldOut':
      return t('events.soldOut', { name: nameOf(event.sku) });
    case 'restock': {
      const values = { name: nameOf(event.sku), stock: formatCount(event.stock, language) };
      return event.units === undefined
        ? t('events.restocked', values)
        : t('events.restockedBy', { ...values, units: formatCount(event.units, language) });
    }
    case 'price':
      return t('events.price', {
        name: nameOf(event.sku),
        price: priceOf(event.sku, event.priceMinor),
      });
    case 'flashSale':
      return t('events.flashSale', {
        name: nameOf(event.sku),
        price: priceOf(event.sku, event.priceMinor),
        cap: formatCount(event.unitCap, language),
      });
    case 'flashSaleEnded':
      return t(`events.flashSaleEnded.${event.reason}`, {
        name: nameOf(event.sku),
        sold: formatCount(event.sold, language),
      });
    case 'link': {
      const state = t(`live.link.state.${event.state}`);
      return event.reason === undefined
        ? t('events.link', { state })
        : t('events.linkBecause', { state, reason: linkReasonText(event.reason, language) });
    }
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
