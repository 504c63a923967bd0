import type { ProtocolErrorNote } from '../../../shared/model/link-note';

/** Why a message was rejected, in English, as the run log's `message` gives it beside the note. */
export function protocolErrorEnglish(note: ProtocolErrorNote): string {
  switch (note.code) {
    case 'gap': {
      const { expected, received, fromSeq } = note.params;
      return `expected seq ${expected}, received ${received}; resuming from ${fromSeq}`;
    }
    case 'behind': {
      const { serverSeq, fromSeq } = note.params;
      return `heartbeat at seq ${serverSeq}, applied ${fromSeq}; resuming from ${fromSeq}`;
    }
    case 'no_replay': {
      const { fromSeq, waitedMs } = note.params;
      return `no replay after seq ${fromSeq} within ${waitedMs} ms; asking for a snapshot`;
    }
    case 'stale_snapshot':
      return `unrequested snapshot at seq ${note.params.seq}, behind ${note.params.appliedSeq}`;
    case 'wrong_show':
      return `${note.params.message} for show ${note.params.showId}`;
    case 'wrong_version':
      return `welcome speaks protocol ${note.params.version}, not ${note.params.expected}`;
    case 'unknown_message':
      return `unknown message ${note.params.name}`;
    case 'malformed':
      return `${note.params.message}: ${note.params.issues}`;
    case 'malformed_event':
      return `event ${note.params.index}: ${note.params.issues}`;
    case 'conflicting_duplicate':
      return `event seq ${note.params.seq} was already applied with other content`;
    case 'unknown_sku':
      return `event for unknown SKU ${note.params.sku}`;
    case 'inapplicable_event':
      return note.params.detail;
    case 'mismatched_ack':
      return `ack for ${note.params.commandId} answered ${note.params.answered}`;
    case 'outbox_row':
      return 'an outbox row no longer parses';
    case 'history_refused': {
      const { fromSeq, toSeq, code, message } = note.params;
      return `history ${fromSeq}..${toSeq}: ${code}: ${message}`;
    }
    case 'history_page': {
      const { fromSeq, toSeq } = note.params;
      return `history ${fromSeq}..${toSeq}: a page without the next consecutive events`;
    }
    default: {
      const unknown: never = note;
      throw new Error(`Unknown protocol error note ${JSON.stringify(unknown)}`);
    }
  }
}
