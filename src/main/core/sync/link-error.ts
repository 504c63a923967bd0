import type { LinkNote } from '../../../shared/model/link-note';
import type { LinkErrorReason } from '../../../shared/model/live';

/** The link error in English, as the run log and LinkStatus.lastError give it. */
export function linkErrorText(reason: LinkErrorReason): string {
  switch (reason.code) {
    case 'refused':
      return `refused: ${reason.params.refusal}: ${reason.params.message}`;
    case 'unreachable':
      return `cannot connect: ${reason.params.message}`;
    case 'disconnected':
      return `disconnected: ${reason.params.reason}`;
    case 'no_welcome':
      return 'no welcome from the server';
    case 'invalid_welcome':
      return 'the server sent an invalid welcome';
    case 'internal':
      return `internal error: ${reason.params.message}`;
    case 'server_behind':
      return (
        `the server lost data: it has ${reason.params.serverSeq} events, this console applied ` +
        `${reason.params.consoleSeq}; the link is stopped and nothing from the server was adopted`
      );
    case 'no_snapshot':
      return `disconnected: no snapshot within ${reason.params.waitedMs} ms`;
    case 'no_answer':
      return `disconnected: no answer from the server for ${reason.params.silentMs} ms`;
    default: {
      const unknown: never = reason;
      throw new Error(`Unknown link error ${JSON.stringify(unknown)}`);
    }
  }
}

export function internalLinkError(error: unknown): LinkErrorReason {
  return {
    code: 'internal',
    params: { message: error instanceof Error ? error.message : String(error) },
  };
}

/** Why the link changed, in English, as the run log's `reason` gives it beside the note. */
export function linkNoteText(note: LinkNote): string {
  switch (note.code) {
    case 'welcome':
      return `server at seq ${note.params.seq}`;
    case 'console_stopped':
      return 'disconnected by the console';
    case 'dropped':
      return note.params.retryInMs === null
        ? linkErrorText(note.params.error)
        : `${linkErrorText(note.params.error)}; retrying in ${note.params.retryInMs} ms`;
    case 'stopped':
      return `${linkErrorText(note.params.error)}; not retrying until reconnected`;
    case 'silent':
      return `nothing from the server for ${(note.params.silentMs / 1000).toFixed(1)} s`;
    case 'heard_again':
      return `messages again after ${(note.params.silentMs / 1000).toFixed(1)} s without any`;
    case 'lineup_not_loaded':
      return `lineup not loaded: ${note.params.issues}`;
    default: {
      const unknown: never = note;
      throw new Error(`Unknown link note ${JSON.stringify(unknown)}`);
    }
  }
}
