import type { CommandOf, ModerationMessage, RejectCode } from '../../shared/protocol';
import type { Show } from './show';

type AudienceCommand = CommandOf<'pinComment'> | CommandOf<'hideComment'> | CommandOf<'muteViewer'>;

export type AudienceOutcome = { ok: true } | { ok: false; code: RejectCode; message: string };

/**
 * Applies a moderation command of the `audience` addition (inside `Show.transact`): it is
 * recorded in the ledger with the command's id and told to the consoles after the commit.
 */
export function executeAudienceCommand(
  show: Show,
  command: AudienceCommand,
  now: number,
): AudienceOutcome {
  if (show.state === 'ended')
    return { ok: false, code: 'show_ended', message: 'the show has ended' };
  const base = { commandId: command.commandId, at: now };
  let message: ModerationMessage;
  switch (command.type) {
    case 'pinComment': {
      if (command.commentId === null) {
        message = { action: 'unpin', ...base };
        break;
      }
      const comment = show.audience.find(command.commentId);
      if (!comment || show.audience.hidden.has(comment.id))
        return unknownComment(command.commentId);
      message = { action: 'pin', ...base, comment };
      break;
    }
    case 'hideComment':
      if (!show.audience.find(command.commentId)) return unknownComment(command.commentId);
      message = { action: 'hide', ...base, commentId: command.commentId };
      break;
    case 'muteViewer':
      message = { action: 'mute', ...base, viewerId: command.viewerId };
      break;
  }
  show.moderate(message);
  return { ok: true };
}

function unknownComment(commentId: string): AudienceOutcome {
  return {
    ok: false,
    code: 'unknown_comment',
    message: `the server does not know comment ${commentId} (or no longer remembers it)`,
  };
}
