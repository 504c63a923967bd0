import type { TFunction } from 'i18next';
import type { RunKind, ShowState } from '../../../../shared/model/live';

export interface ShowStateBadge {
  /** Key of the text under `live.show.badge`. */
  text: 'planned' | 'live' | 'rehearsal' | 'ended' | 'paused';
  color: string;
  /** Text colour for the badge's background (black on amber). */
  textColor: string;
}

/**
 * How the command bar shows the show's state on the sale server: "Not started", "On air" or
 * "Ended". Only a live run on air gets red; a rehearsal on air says so, in the rehearsal amber;
 * a paused rehearsal says PAUSED, in orange.
 */
export function showStateBadge(state: ShowState, kind: RunKind, paused = false): ShowStateBadge {
  if (paused && state !== 'ended') return { text: 'paused', color: 'orange.4', textColor: 'black' };
  switch (state) {
    case 'planned':
      return { text: 'planned', color: 'gray', textColor: 'white' };
    case 'live':
      return kind === 'live'
        ? { text: 'live', color: 'red.9', textColor: 'white' }
        : { text: 'rehearsal', color: 'yellow.5', textColor: 'black' };
    case 'ended':
      return { text: 'ended', color: 'dark', textColor: 'white' };
    default: {
      const unknown: never = state;
      throw new Error(`Unknown show state ${String(unknown)}`);
    }
  }
}

/**
 * The show's state in words, as the command bar's badge says it ("Not started", "On air", "On air
 * (rehearsal)", "Ended"), for the console log and the review's markers and replay.
 */
export function showStateText(
  t: TFunction,
  state: ShowState,
  kind: RunKind,
  paused = false,
): string {
  return t(`live.show.badge.${showStateBadge(state, kind, paused).text}`);
}
