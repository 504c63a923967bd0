import type { TFunction } from 'i18next';
import type { LiveProduct } from '../../../../shared/model/live';
import { formatSeconds } from '../../../../shared/format/durations';

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
