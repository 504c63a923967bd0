import type { PendingCommand } from '../../../../shared/model/live';

/**
 * Whether two lists of pending commands show the same (each delta brings a new list): the same
 * commands in the same order, each with the same number of attempts.
 */
export function samePending(a: readonly PendingCommand[], b: readonly PendingCommand[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, index) =>
        item.commandId === b[index].commandId &&
        item.kind === b[index].kind &&
        item.attempts === b[index].attempts,
    )
  );
}
