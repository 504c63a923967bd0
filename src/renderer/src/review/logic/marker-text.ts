import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/model/lineup';
import type { CommandKind, RunKind } from '../../../../shared/model/live';
import type { TimelineMarker } from '../../../../shared/model/review';
import { eventText, type EventNames, type StoryEvent } from '../../live-run/logic/event-text';
import { formatMoney } from '../../../../shared/format/money';
import { protocolErrorText, snapshotReasonText } from '../../../../shared/format/link-note-text';
import { reasonText } from '../../live-run/logic/outcome-text';

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
  const names: EventNames = {
    nameOf: (sku) => products.get(sku)?.name ?? sku,
    priceOf: (sku, minor) => formatMoney(minor, products.get(sku)?.currency ?? 'CNY', language),
    runKind,
    language,
  };
  const said = (event: StoryEvent) => eventText(t, event, names);
  switch (marker.type) {
    case 'pin':
      return said({ kind: 'pin', sku: marker.sku });
    case 'unpin':
      return said({ kind: 'pin', sku: null });
    case 'price':
      return said({ kind: 'price', sku: marker.sku, priceMinor: marker.priceMinor });
    case 'restock':
      return said({ kind: 'restock', sku: marker.sku, stock: marker.stock, units: marker.units });
    case 'flashSale':
      return said({ ...marker, kind: 'flashSale' });
    case 'flashSaleEnded':
      return said({ ...marker, kind: 'flashSaleEnded' });
    case 'showState':
      return said({ kind: 'show', state: marker.state });
    case 'linkDown':
      return said({ kind: 'link', state: marker.state, reason: marker.reason });
    case 'linkUp':
      return said({ kind: 'link', state: 'connected', reason: marker.reason });
    case 'talkingPoint':
      return marker.text === null
        ? t('review.markers.text.talkingPointNone')
        : t('review.markers.text.talkingPoint', { text: marker.text });
    case 'protocolError':
      return t('review.markers.text.protocolError', {
        message: protocolErrorText(marker.message, language),
      });
    case 'commandRejected':
      return t('review.markers.text.commandRejected', {
        command: isCommandKind(marker.kind) ? t(`live.commands.${marker.kind}`) : marker.kind,
        message: reasonText(t, { code: marker.code, message: marker.message }),
      });
    case 'commandDropped':
      return t('review.markers.text.commandDropped', {
        command: isCommandKind(marker.kind) ? t(`live.commands.${marker.kind}`) : marker.kind,
      });
    case 'snapshot':
      return t('review.markers.text.snapshot', {
        reason: snapshotReasonText(marker.reason, language),
      });
    case 'note':
      return t('review.markers.text.note', { text: marker.text });
    default: {
      const unreachable: never = marker;
      throw new Error(`unknown marker ${JSON.stringify(unreachable)}`);
    }
  }
}
