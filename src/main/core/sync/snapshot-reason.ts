import type { SnapshotNote } from '../../../shared/model/link-note';

/** Why a snapshot came, in English, as the run log's `reason` gives it beside the note. */
export function snapshotNoteEnglish(note: SnapshotNote): string {
  switch (note.code) {
    case 'welcome':
      return 'welcome';
    case 'unrequested':
      return 'snapshot';
    case 'too_old':
      return 'snapshotRequired (too_old)';
    case 'no_replay':
      return `no replay after seq ${note.params.fromSeq}`;
    case 'inapplicable_event':
      return `inapplicable event at seq ${note.params.seq}`;
    default: {
      const unknown: never = note;
      throw new Error(`Unknown snapshot note ${JSON.stringify(unknown)}`);
    }
  }
}
