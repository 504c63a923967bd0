import type { TFunction } from 'i18next';
import type { CommandKind, CommandReason, CommandOutcome } from '../../../../shared/model/live';
import { isOneOf } from '../../../../shared/collections/one-of';
import { REJECT_CODES } from '../../../../shared/protocol/reject-codes';

/** The command's name in the UI language ("Restock"). */
export function commandLabel(t: TFunction, kind: CommandKind): string {
  return t(`live.commands.${kind}`);
}

/** The UI's own text for a rejection code; the server's message is only for the logs. */
export function reasonText(t: TFunction, reason: CommandReason | undefined): string {
  if (isOneOf(REJECT_CODES, reason?.code)) return t(`live.reasons.${reason.code}`);
  return t('live.reasons.unknown', { code: reason?.code ?? '?' });
}

/** One line for a command's acknowledgement ("Restock rejected: The product is sold out."). */
export function outcomeText(t: TFunction, outcome: CommandOutcome): string {
  const command = commandLabel(t, outcome.kind);
  if (outcome.status === 'rejected' || outcome.original === 'rejected') {
    return t('live.outcome.rejected', { command, reason: reasonText(t, outcome.reason) });
  }
  switch (outcome.status) {
    case 'dropped':
      return t('live.outcome.dropped', { command });
    case 'duplicate':
      return t('live.outcome.duplicate', { command });
    case 'applied':
      return t('live.outcome.applied', { command });
    default: {
      const unreachable: never = outcome.status;
      throw new Error(`unknown command status ${String(unreachable)}`);
    }
  }
}
