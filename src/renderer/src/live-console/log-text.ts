import type { TFunction } from 'i18next';
import type { PendingCommand, RunKind } from '../../../shared/model/live';
import { commandLabel, outcomeText } from '../live-run/outcome-text';
import { showStateText } from '../live-run/show-state-badge';
import type { LogEntry } from './console-log';

/** One log entry as a line of text in the UI language. */
export function logText(
  t: TFunction,
  entry: LogEntry,
  nameOf: (sku: string) => string,
  runKind: RunKind,
): string {
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
