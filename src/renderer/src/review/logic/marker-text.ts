import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/model/lineup';
import type { CommandKind, RunKind } from '../../../../shared/model/live';
import type { TimelineMarker } from '../../../../shared/model/review';
import { showStateText } from '../../live-run/logic/show-state-badge';
import { formatMoney } from '../../../../shared/format/money';
import { formatCount } from '../../../../shared/format/numbers';

export interface ProductLabel {
  name: string;
  currency: Currency;
}

const COMMAND_KINDS: readonly CommandKind[] = [
  'pin',
  'unpin',
  'restock',
  'setPrice',
  'flashSale',
  'startShow',
  'endShow',
  'upsertLineup',
];

function isCommandKind(kind: string): kind is CommandKind {
  return (COMMAND_KINDS as readonly string[]).includes(kind);
}

/** What happened at a marker, in the UI language, naming products by their names. */
export function markerText(
  t: TFunction,
  language: string,
  marker: TimelineMarker,
  products: ReadonlyMap<string, ProductLabel>,
  runKind: RunKind,
): string {
  const name = (sku: string) => products.get(sku)?.name ?? sku;
  const money = (sku: string, minor: number) =>
    formatMoney(minor, products.get(sku)?.currency ?? 'CNY', language);
  switch (marker.type) {
    case 'pin':
      return t('review.markers.text.pin', { product: name(marker.sku) });
    case 'unpin':
      return t('review.markers.text.unpin');
    case 'talkingPoint':
      return marker.text === null
        ? t('review.markers.text.talkingPointNone')
        : t('review.markers.text.talkingPoint', { text: marker.text });
    case 'price':
      return t('review.markers.text.price', {
        product: name(marker.sku),
        price: money(marker.sku, marker.priceMinor),
      });
    case 'restock':
      return t('review.markers.text.restock', {
        product: name(marker.sku),
        units: formatCount(marker.units, language),
        stock: formatCount(marker.stock, language),
      });
    case 'flashSale':
      return t('review.markers.text.flashSale', {
        product: name(marker.sku),
        price: money(marker.sku, marker.priceMinor),
        cap: formatCount(marker.unitCap, language),
      });
    case 'flashSaleEnded':
      return t('review.markers.text.flashSaleEnded', {
        product: name(marker.sku),
        reason: marker.reason,
      });
    case 'showState':
      return t('review.markers.text.showState', {
        state: showStateText(t, marker.state, runKind),
      });
    case 'linkDown':
      return t('review.markers.text.linkDown', {
        state: t(`live.link.state.${marker.state}`),
        reason: marker.reason,
      });
    case 'linkUp':
      return t('review.markers.text.linkUp', { reason: marker.reason });
    case 'protocolError':
      return t('review.markers.text.protocolError', { message: marker.message });
    case 'commandRejected':
      return t('review.markers.text.commandRejected', {
        command: isCommandKind(marker.kind) ? t(`live.commands.${marker.kind}`) : marker.kind,
        message: marker.message,
      });
    case 'commandDropped':
      return t('review.markers.text.commandDropped', {
        command: isCommandKind(marker.kind) ? t(`live.commands.${marker.kind}`) : marker.kind,
      });
    case 'snapshot':
      return t('review.markers.text.snapshot', { reason: marker.reason });
    case 'note':
      return t('review.markers.text.note', { text: marker.text });
    default: {
      const unreachable: never = marker;
      throw new Error(`unknown marker ${JSON.stringify(unreachable)}`);
    }
  }
}
