import type { Spans } from '../clock';
import type { LineupProduct, ProductState } from '../../shared/protocol';
import type { Show } from './show';

/**
 * Changes shared by commands, orders and timers. Each runs inside `Show.transact` and emits the
 * events that describe it.
 */

export type FlashEndReason = 'time' | 'cap' | 'show_ended';

export function endFlashSale(
  show: Show,
  product: ProductState,
  reason: FlashEndReason,
  now: number,
): void {
  const flash = product.flashSale;
  if (!flash) return;
  product.flashSale = null;
  show.touch(product.sku);
  show.emit({ type: 'flashSaleEnded', sku: product.sku, sold: flash.sold, reason }, now);
}

/** Ends the product's flash sale if its end time has come (timers can run late under load). */
export function endFlashSaleIfDue(
  show: Show,
  product: ProductState,
  now: number,
  isDue: Spans['isDue'],
): void {
  if (product.flashSale && isDue(product.flashSale.endsAt))
    endFlashSale(show, product, 'time', now);
}

export function setPin(show: Show, sku: string | null, until: number | null, now: number): void {
  show.pin = { sku, until };
  show.emit({ type: 'pin', sku, until }, now);
}

/** Unpins if the timed pin that ends at `until` is still the current one and its time has come. */
export function expirePinIfDue(show: Show, now: number, isDue: Spans['isDue']): void {
  const { sku, until } = show.pin;
  if (sku !== null && until !== null && isDue(until)) setPin(show, null, null, now);
}

/** Adds or replaces the lineup's products (before the show goes live). */
export function upsertProducts(show: Show, products: readonly LineupProduct[], now: number): void {
  for (const input of products) {
    const previous = show.products.get(input.sku);
    const product: ProductState = {
      ...input,
      sold: previous?.sold ?? 0,
      flashSale: null,
    };
    show.putProduct(product);
    show.emit({ type: 'product', product: { ...product } }, now);
  }
}
