import type { Product } from '../../../shared/model/lineup';
import type { LiveCommand, LiveProduct } from '../../../shared/model/live';
import type { Cue } from '../../../shared/model/onair';

/** The commands a cue sends, in order: the pin, then the flash sale if it has one. */
export function cueCommands(cue: Cue, sku: string): LiveCommand[] {
  const pin: LiveCommand =
    cue.pinSeconds === null ? { type: 'pin', sku } : { type: 'pin', sku, seconds: cue.pinSeconds };
  if (cue.flashSale === null) return [pin];
  return [pin, { type: 'flashSale', sku, ...cue.flashSale }];
}

/** The cue armed by itself when the pinned product sells out: pin the next slot, load its points. */
export function autoCue(productId: number): Cue {
  return { productId, pinSeconds: null, flashSale: null, loadTalkingPoints: true };
}

/**
 * The slot to arm when `soldOutSku` sells out: the next product in lineup order after it that the
 * server has in stock.
 */
export function nextSlotInStock(
  products: readonly Product[],
  soldOutSku: string,
  live: ReadonlyMap<string, LiveProduct>,
): Product | null {
  const at = products.findIndex((product) => product.sku === soldOutSku);
  if (at < 0) return null;
  return products.slice(at + 1).find((product) => (live.get(product.sku)?.stock ?? 0) > 0) ?? null;
}
