import type { CommandOutcome, LiveCommand } from '../../../shared/model/live';
import { notify } from '../app/notify';
import { commandLabel, reasonText } from './logic/outcome-text';

/** How long a rejection stays on screen: long enough to read it mid-show. */
const REJECTION_SHOWN_MS = 10_000;

/** Announces a rejected command with the UI's text for its reason, naming the SKU if any. */
export function notifyRejected(outcome: CommandOutcome, command: LiveCommand | null): void {
  const sku = command !== null && 'sku' in command ? command.sku : null;
  notify({
    color: 'red',
    title: (t) => t('live.outcome.rejectedTitle', { command: commandLabel(t, outcome.kind) }),
    message: (t) => {
      const reason = reasonText(t, outcome.reason);
      return sku === null ? reason : `${sku}: ${reason}`;
    },
    autoClose: REJECTION_SHOWN_MS,
  });
}
