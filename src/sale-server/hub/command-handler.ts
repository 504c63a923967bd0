import type { SaleClock } from '../../shared/sale-clock';
import { spansAt } from '../clock';
import {
  AUDIENCE_COMMANDS,
  AUDIENCE_FEATURE,
  Command,
  describeIssues,
  parseWith,
  readCommandId,
  type Ack,
} from '../../shared/protocol';
import type { Ledger, StoredCommand } from '../ledger/ledger';
import type { Logger } from '../../shared/logger';
import { errorText } from '../log';
import { executeCommand } from '../show/commands';
import type { Show } from '../show/show';

/**
 * Validates a console's command, applies it once per command id, and builds its ack. The
 * outcome is recorded with the command id in the same transaction as its effects, so a repeat
 * (also after a restart) gets the first outcome back as `duplicate`.
 */
export function handleCommand(
  show: Show,
  ledger: Ledger,
  raw: unknown,
  log: Logger,
  clock: SaleClock,
  /** The additions agreed on the connection the command came on. */
  features: readonly string[],
): Ack {
  const parsed = parseWith(Command, raw);
  if (!parsed.ok) {
    const commandId = readCommandId(raw);
    log({
      level: 'warn',
      msg: 'malformed command dropped',
      showId: show.showId,
      commandId,
      issues: describeIssues(parsed.issues),
    });
    return {
      commandId,
      status: 'rejected',
      reason: {
        code: 'invalid',
        message: `invalid command: ${describeIssues(parsed.issues)}`,
        issues: parsed.issues,
      },
    };
  }
  const command = parsed.value;
  if (AUDIENCE_COMMANDS.includes(command.type) && !features.includes(AUDIENCE_FEATURE)) {
    return {
      commandId: command.commandId,
      status: 'rejected',
      reason: {
        code: 'invalid',
        message: `invalid command: ${command.type} needs the ${AUDIENCE_FEATURE} addition, not agreed on this connection`,
      },
    };
  }
  const previous = ledger.findCommand(show.showId, command.commandId);
  if (previous) return duplicateAck(command.commandId, previous);

  try {
    return show.transact(() => {
      const now = clock.now();
      const before = show.seq;
      const outcome = executeCommand(show, command, now, spansAt(clock, now));
      const stored: StoredCommand = outcome.ok
        ? { status: 'applied', reasonCode: null, reasonMessage: null, seq: seqAfter(before, show) }
        : {
            status: 'rejected',
            reasonCode: outcome.code,
            reasonMessage: outcome.message,
            seq: null,
          };
      ledger.recordCommand(show.showId, command.commandId, command.type, stored, now);
      return ackOf(command.commandId, stored.status, stored);
    });
  } catch (error) {
    log({
      level: 'error',
      msg: 'command failed',
      commandId: command.commandId,
      error: errorText(error),
    });
    return {
      commandId: command.commandId,
      status: 'rejected',
      reason: { code: 'internal', message: 'the server could not apply the command; retry it' },
    };
  }
}

function seqAfter(before: number, show: Show): number | null {
  return show.seq > before ? show.seq : null;
}

function duplicateAck(commandId: string, stored: StoredCommand): Ack {
  return { ...ackOf(commandId, 'duplicate', stored), original: stored.status };
}

function ackOf(commandId: string, status: Ack['status'], stored: StoredCommand): Ack {
  const ack: Ack = { commandId, status };
  if (stored.seq !== null) ack.seq = stored.seq;
  if (stored.status === 'rejected') {
    ack.reason = {
      code: stored.reasonCode ?? 'internal',
      message: stored.reasonMessage ?? '',
    };
  }
  return ack;
}
