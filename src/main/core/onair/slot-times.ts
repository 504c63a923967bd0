/** Time one product was pinned: closed spans, and the open one if it is pinned now. */
export interface SlotTime {
  pinnedMs: number;
  /** Since when it is pinned (console clock); null when not pinned. */
  since: number | null;
}

/**
 * The pin moved from `fromSku` to `toSku` at `at`: closes the span of the one and opens a span
 * for the other. Returns the SKUs whose time changed (to store them).
 */
export function movePin(
  slots: Map<string, SlotTime>,
  fromSku: string | null,
  toSku: string | null,
  at: number,
): string[] {
  const changed: string[] = [];
  if (fromSku !== null) {
    const slot = slots.get(fromSku);
    if (slot && slot.since !== null) {
      slot.pinnedMs += Math.max(0, at - slot.since);
      slot.since = null;
      changed.push(fromSku);
    }
  }
  if (toSku !== null) {
    const slot = slots.get(toSku) ?? { pinnedMs: 0, since: null };
    slot.since ??= at;
    slots.set(toSku, slot);
    changed.push(toSku);
  }
  return changed;
}
