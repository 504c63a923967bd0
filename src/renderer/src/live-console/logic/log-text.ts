import type { TFunction } from 'i18next';
import type { PendingCommand } from '../../../../shared/model/live';
import type { RecentEvent } from '../../../../shared/model/recent';
import { formatClock } from '../../../../shared/format/durations';
import { formatTimeOfDay } from '../../../../shared/format/times';
import { eventText, type EventNames } from '../../live-run/logic/event-text';
import { commandLabel, outcomeText } from '../../live-run/logic/outcome-text';

/** One Recent events line as text in the UI language (on-air events in the review's words). */
export function logText(t: TFunction, entry: RecentEvent, names: EventNames): string {
  switch (entry.kind) {
    case 'command': {
      const command = commandLabel(t, entry.commandKind);
      return entry.sku === null
        ? t('console.log.command', { command })
        : t('console.log.commandOn', { command, name: names.nameOf(entry.sku) });
    }
    case 'outcome':
      return outcomeText(t, entry.outcome);
    default:
      return eventText(t, entry, names);
  }
}

/**
 * When a line happened, on the run's one clock: a rehearsal's show time ("1:12:57", the clock
 * the status strip shows), a live run's local time of day.
 */
export function logTime(entry: RecentEvent, language: string): string {
  return entry.showMs === null ? formatTimeOfDay(entry.at, language) : formatClock(entry.showMs);
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
