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
