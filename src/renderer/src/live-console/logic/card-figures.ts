import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/model/lineup';
import type { FlashSaleView, LiveProduct, PendingCommand } from '../../../../shared/model/live';
import { formatSeconds } from '../../../../shared/format/durations';
import { shallowEqual } from '../../api/logic/picked';
import type { LiveRow, RowOutcome } from '../../live-run/logic/live-store';
import { samePending } from '../../live-run/logic/same-pending';

export type StockLevel = 'inStock' | 'low' | 'soldOut';

/** Sold out at zero, low at or under the product's low-stock alert. */
export function stockLevel(stock: number, lowStockThreshold: number): StockLevel {
  if (stock === 0) return 'soldOut';
  return stock <= lowStockThreshold ? 'low' : 'inStock';
}

/** Units sold as a share of all the units the product had (0 when it had none). */
export function sellThrough(stock: number, sold: number): number {
  const total = stock + sold;
  return total > 0 ? sold / total : 0;
}

/** Time from the product's first pin to its sell-out (both server time), or null. */
export function pinToSoldOutMs(product: LiveProduct): number | null {
  const { firstPinnedAt, soldOutAt } = product;
  if (firstPinnedAt === null || soldOutAt === null || soldOutAt < firstPinnedAt) return null;
  return soldOutAt - firstPinnedAt;
}

/** "Sold out 0:42 after its first pin", or plainly "Sold out" when it never was pinned. */
export function soldOutText(t: TFunction, product: LiveProduct): string {
  const ms = pinToSoldOutMs(product);
  return ms === null
    ? t('live.row.soldOut')
    : t('console.card.soldOutAfter', { time: formatSeconds(Math.round(ms / 1000)) });
}

/**
 * What a console card draws besides its live figures (stock, sold, rate, forecast and the stock
 * bar, each drawn on its own): it changes with a pin, a command, the stock level, the price or a
 * flash sale, not with each order, so an order redraws the figures and not the card.
 */
export interface CardView {
  level: StockLevel;
  pinned: boolean;
  pinShown: boolean;
  pinPending: boolean;
  priceMinor: number;
  currency: Currency;
  flashSale: FlashSaleView | null;
  pending: readonly PendingCommand[];
  outcome: RowOutcome | null;
  rateKnown: boolean;
}

export function cardView(row: LiveRow, lowStockThreshold: number): CardView {
  const { product } = row;
  return {
    level: stockLevel(product.stock, lowStockThreshold),
    pinned: product.pinned,
    pinShown: row.pinShown,
    pinPending: row.pinPending,
    priceMinor: product.flashSale?.priceMinor ?? product.priceMinor,
    currency: product.currency,
    flashSale: product.flashSale,
    pending: row.pending,
    outcome: row.outcome,
    rateKnown: product.unitsPerSecond !== null,
  };
}

/**
 * What the card itself draws of its live row (its frame's colours, the price, whether the rate is
 * known): the commands, badges and outcome render on their own (CardStatus), so a pin key, a
 * pending command or a flash sale's units render them and not the card.
 */
export interface CardLook {
  level: StockLevel;
  pinned: boolean;
  priceMinor: number;
  currency: Currency;
  flashing: boolean;
  rateKnown: boolean;
}

export function cardLook(row: LiveRow, lowStockThreshold: number): CardLook {
  const { level, pinned, priceMinor, currency, flashSale, rateKnown } = cardView(
    row,
    lowStockThreshold,
  );
  return { level, pinned, priceMinor, currency, flashing: flashSale !== null, rateKnown };
}

/** Whether two card views draw the same card (a new flash sale or pending list of equal items is). */
export function sameCardView(a: CardView | null, b: CardView | null): boolean {
  if (a === null || b === null) return a === b;
  const { flashSale: flashA, pending: pendingA, ...restA } = a;
  const { flashSale: flashB, pending: pendingB, ...restB } = b;
  return (
    shallowEqual(restA, restB) && shallowEqual(flashA, flashB) && samePending(pendingA, pendingB)
  );
}
