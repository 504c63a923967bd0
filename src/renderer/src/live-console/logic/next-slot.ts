/** A lineup product as the slot rules need it. */
export interface SlotProduct {
  id: number;
  sku: string;
}

/**
 * The slot to arm next: the first product after the pinned one (from the top when nothing is
 * pinned) that still has stock, never the pinned one itself; null when there is none.
 */
export function nextSlot<P extends SlotProduct>(
  products: readonly P[],
  pinnedSku: string | null,
  stockOf: (sku: string) => number,
): P | null {
  const at = pinnedSku === null ? -1 : products.findIndex((product) => product.sku === pinnedSku);
  return (
    products
      .slice(at + 1)
      .find((product) => product.sku !== pinnedSku && stockOf(product.sku) > 0) ?? null
  );
}

/** Seconds left of a timed pin, at least 1; null for a pin without end. */
export function pinSecondsLeft(until: number | null, serverNow: number): number | null {
  if (until === null) return null;
  return Math.max(1, Math.ceil((until - serverNow) / 1000));
}
