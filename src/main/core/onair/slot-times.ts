/**
 * Time one product was pinned: closed spans, and the open one if it is pinned now. Spans are on
 * the run's clock: the console's wall clock in a live run, show time in a rehearsal (which
 * stands still while it is paused and runs at its speed).
 */
export interface SlotTime {
  pinnedMs: number;
  /** Since when it is pinned (the run's clock); null when not pinned. */
  since: number | null;
}

/** The slot with its open span closed at `at` (the run's clock). */
export function closeSpan(slot: SlotTime, at: number): SlotTime {
  if (slot.since === null) return slot;
  return { pinnedMs: slot.pinnedMs + Math.max(0, at - slot.since), since: null };
}

/**
 * The pin moved from `fromSku` to `toSku` at `at` (the run's clock): closes the span of the one
 * and opens a span for the other. Returns the SKUs whose time changed (to store them).
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
      slots.set(fromSku, closeSpan(slot, at));
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
