import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { CommandOutcome, LiveCommand } from '../../../../shared/model/live';
import { commandLabel, reasonText } from './outcome-text';

/** How long a rejection stays on screen: long enough to read it mid-show. */
const REJECTION_SHOWN_MS = 10_000;

/** Announces a rejected command with the UI's text for its reason, naming the SKU if any. */
export function notifyRejected(
  t: TFunction,
  outcome: CommandOutcome,
  command: LiveCommand | null,
): void {
  const sku = command !== null && 'sku' in command ? command.sku : null;
  const reason = reasonText(t, outcome.reason);
  notifications.show({
    color: 'red',
    title: t('live.outcome.rejectedTitle', { command: commandLabel(t, outcome.kind) }),
    message: sku === null ? reason : `${sku}: ${reason}`,
    autoClose: REJECTION_SHOWN_MS,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}
