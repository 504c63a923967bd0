import type { TFunction } from 'i18next';
import type { PendingCommand, RunKind } from '../../../../shared/model/live';
import { commandLabel, outcomeText } from '../../live-run/logic/outcome-text';
import { showStateText } from '../../live-run/logic/show-state-badge';
import type { RecentEvent } from '../../../../shared/model/recent';
import { formatCount } from '../../../../shared/format/numbers';
import { formatClock } from '../../../../shared/format/durations';
import { formatTimeOfDay } from '../../../../shared/format/times';

/** What a log line needs to name things: a product's name, a price in its currency. */
export interface LogNames {
  nameOf: (sku: string) => string;
  priceOf: (sku: string, minor: number) => string;
  runKind: RunKind;
  language: string;
}

/** One log entry as a line of text in the UI language. */
export function logText(t: TFunction, entry: RecentEvent, names: LogNames): string {
  const { nameOf, priceOf, runKind, language } = names;
  switch (entry.kind) {
    case 'command': {
      const command = commandLabel(t, entry.commandKind);
      return entry.sku === null
        ? t('console.log.command', { command })
        : t('console.log.commandOn', { command, name: nameOf(entry.sku) });
    }
    case 'outcome':
      return outcomeText(t, entry.outcome);
    case 'link':
      return t('live.link.stateNamed', { state: t(`live.link.state.${entry.state}`) });
    case 'pin':
      return entry.sku === null
        ? t('console.log.unpinned')
        : t('console.log.pinned', { name: nameOf(entry.sku) });
    case 'show':
      return t('console.log.show', { state: showStateText(t, entry.state, runKind) });
    case 'soldOut':
      return t('console.log.soldOut', { name: nameOf(entry.sku) });
    case 'restock':
      return t('console.log.restocked', {
        name: nameOf(entry.sku),
        stock: formatCount(entry.stock, language),
      });
    case 'price':
      return t('console.log.price', {
        name: nameOf(entry.sku),
        price: priceOf(entry.sku, entry.priceMinor),
      });
    case 'flashSale':
      return t('console.log.flashSale', {
        name: nameOf(entry.sku),
        price: priceOf(entry.sku, entry.priceMinor),
        cap: formatCount(entry.unitCap, language),
      });
    case 'flashSaleEnded':
      return t(`console.log.flashSaleEnded.${entry.reason}`, {
        name: nameOf(entry.sku),
        sold: formatCount(entry.sold, language),
      });
    default: {
      const unknown: never = entry;
      throw new Error(`unknown log entry ${JSON.stringify(unknown)}`);
    }
  }
}

/** A pending command: what it is and what it concerns. */
export function pendingText(
  t: TFunction,
  item: PendingCommand,
  nameOf: (sku: string) => string,
): string {
  const command = commandLabel(t, item.kind);
  const sku = item.command !== null && 'sku' in item.command ? item.command.sku : null;
  return sku === null ? command : t('console.log.commandTarget', { command, name: nameOf(sku) });
}

/**
 * When a line happened, on the run's one clock: a rehearsal's show time ("1:12:57", the clock
 * the status strip shows), a live run's local time of day.
 */
export function logTime(entry: RecentEvent, language: string): string {
  return entry.showMs === null ? formatTimeOfDay(entry.at, language) : formatClock(entry.showMs);
}
