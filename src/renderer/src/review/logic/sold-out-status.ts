import type { ProductResult } from '../../../../shared/model/review';

/**
 * How a product ended its run: sold out (none left), sold out and then restocked (some left, so
 * "sold out" alone would be false), or in stock.
 */
export type SoldOutStatus = 'soldOut' | 'restocked' | 'inStock';

export function soldOutStatus(
  product: Pick<ProductResult, 'soldOutAt' | 'finalStock'>,
): SoldOutStatus {
  if (product.soldOutAt === null) return 'inStock';
  return product.finalStock > 0 ? 'restocked' : 'soldOut';
}
