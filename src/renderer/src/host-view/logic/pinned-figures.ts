import type { LiveProduct } from '../../../../shared/model/live';
import type { OnAirProduct } from '../../../../shared/model/onair';

/**
 * The pinned product with the figures of its live row (`product`, the row the talking points are
 * filled from): the price, stock, rate and forecast beside the current point are the point's own,
 * never a frame apart. Without the row (or for another SKU) the on-air state's figures stay.
 */
export function withLiveFigures(
  pinned: OnAirProduct,
  product: LiveProduct | undefined,
): OnAirProduct {
  if (product === undefined || product.sku !== pinned.sku) return pinned;
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
        ? pinned.flashSale
        : { ...pinned.flashSale, priceMinor: flash.priceMinor, sold: flash.sold },
  };
}
