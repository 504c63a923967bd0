import type { OnAirSoldOut, OnAirState } from '../../../../shared/model/onair';

/**
 * Whether the pinned product is sold out, and what comes next, by the live row its figures are
 * read from (`rowSoldOut`: its stock is 0; null without the row): SOLD OUT shows in the same
 * render as "0 left", not when the on-air state follows, and goes at once on a restock. Until the
 * core says what comes next, it is the armed cue, or else the next lineup slot not sold out.
 * Without the row the on-air state's stays.
 */
export function liveSoldOut(state: OnAirState, rowSoldOut: boolean | null): OnAirSoldOut | null {
  const pinned = state.pinned;
  if (pinned === null || rowSoldOut === null) return state.soldOut;
  if (!rowSoldOut) return null;
  if (state.soldOut !== null && state.soldOut.sku === pinned.sku) return state.soldOut;
  return {
    sku: pinned.sku,
    nameHost: pinned.nameHost,
    nameAudience: pinned.nameAudience,
    next: nextOnAir(state, pinned.sku),
  };
}

function nextOnAir(state: OnAirState, soldOutSku: string): OnAirSoldOut['next'] {
  const { cue, slots } = state;
  if (cue !== null)
    return { source: 'cue', nameHost: cue.nameHost, nameAudience: cue.nameAudience };
  const at = slots.findIndex((slot) => slot.sku === soldOutSku);
  const slot = at < 0 ? undefined : slots.slice(at + 1).find((candidate) => !candidate.soldOut);
  return slot === undefined
    ? null
    : { source: 'slot', nameHost: slot.nameHost, nameAudience: slot.nameAudience };
}
