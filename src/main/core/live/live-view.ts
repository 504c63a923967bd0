import type {
  LinkStatus,
  LiveHeader,
  LivePin,
  LiveProduct,
  LiveRun,
  PendingCommand,
} from '../../../shared/model/live';
import type { Overlay } from './optimistic';
import type { ProjectedProduct, ProjectionHead } from './projection';
import { sellOutForecast, type RateSample } from './sales-rate';

/** Builds what the renderer sees from the projection, the pending commands and the rates. */
export function liveProduct(
  product: ProjectedProduct,
  pin: LivePin,
  overlay: Overlay,
  /** null while the rate is unknown (link down or stale). */
  rate: RateSample | null,
): LiveProduct {
  const pinned = pin.sku === product.sku;
  const pending = overlay.products.get(product.sku);
  const displayPin = overlay.pin ?? pin;
  const soldOut = product.stock <= 0;
  const unitsPerSecond = soldOut
    ? 0
    : rate === null
      ? null
      : Math.round(rate.perSecond * 100) / 100;
  const forecast = soldOut
    ? sellOutForecast(0, { perSecond: 0, spread: 0 }, true)
    : rate === null
      ? null
      : sellOutForecast(product.stock, rate, pinned || product.flashSale !== null);
  return {
    sku: product.sku,
    name: product.name,
    currency: product.currency,
    priceMinor: product.priceMinor,
    stock: product.stock,
    sold: product.sold,
    revenueMinor: product.revenueMinor,
    flashSale: product.flashSale ? { ...product.flashSale } : null,
    pinned,
    unitsPerSecond,
    sellOutSeconds: forecast?.seconds ?? null,
    sellOutRange: forecast && {
      lowSeconds: forecast.lowSeconds,
      highSeconds: forecast.highSeconds,
    },
    soldOutAt: product.soldOutAt,
    firstPinnedAt: product.firstPinnedAt,
    pendingCommandIds: pending ? [...pending.commandIds] : [],
    display: {
      stock: product.stock + (pending?.stockDelta ?? 0),
      priceMinor: pending?.priceMinor ?? product.priceMinor,
      pinned: displayPin.sku === product.sku,
      flashSale: pending?.flashSale ?? (product.flashSale ? { ...product.flashSale } : null),
    },
  };
}

export function liveHeader(
  run: LiveRun,
  link: LinkStatus,
  revision: number,
  head: ProjectionHead,
  overlay: Overlay,
  pending: PendingCommand[],
): LiveHeader {
  return {
    run: { ...run },
    link,
    revision,
    showState: head.showState,
    pin: { ...head.pin },
    viewers: head.viewers,
    displayShowState: overlay.showState ?? head.showState,
    displayPin: { ...(overlay.pin ?? head.pin) },
    pending,
    synced: head.synced,
  };
}
