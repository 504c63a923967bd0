import type { Currency } from '../../../../shared/model/lineup';
import type { LiveProduct, SellOutRange } from '../../../../shared/model/live';
import type { OnAirFlashSale, OnAirProduct } from '../../../../shared/model/onair';

/** The pinned product with the figures the host reads beside the current point. */
export interface PinnedFigures extends Omit<OnAirProduct, 'flashSale'> {
  currency: Currency;
  /** What a viewer pays now: the flash-sale price while one runs. */
  priceMinor: number;
  stock: number;
  sold: number;
  /** Stock plus sold: what the stock bar measures against. */
  total: number;
  /** null while unknown (link down or stale). */
  unitsPerSecond: number | null;
  /** Seconds until sold out at the current rate; 0 when sold out; null when unknown or idle. */
  sellOutSeconds: number | null;
  sellOutRange: SellOutRange | null;
  flashSale: (OnAirFlashSale & { sold: number }) | null;
}

/**
 * The pinned product with the figures of its live row (`product`, the row the talking points are
 * filled from): the price, stock, rate and forecast beside the current point are the point's own,
 * never a frame apart. null until the row is known (the on-air state carries no figures).
 */
export function withLiveFigures(
  pinned: OnAirProduct,
  product: LiveProduct | undefined,
): PinnedFigures | null {
  if (product === undefined || product.sku !== pinned.sku) return null;
  const flash = product.flashSale;
  return {
    ...pinned,
    currency: product.currency,
    priceMinor: flash?.priceMinor ?? product.priceMinor,
    stock: product.stock,
    sold: product.sold,
    total: product.stock + product.sold,
    unitsPerSecond: product.unitsPerSecond,
    sellOutSeconds: product.sellOutSeconds,
    sellOutRange: product.sellOutRange,
    flashSale:
      pinned.flashSale === null || flash === null
        ? null
        : { ...pinned.flashSale, priceMinor: flash.priceMinor, sold: flash.sold },
  };
}
