import type { LineupProduct } from '../../../shared/protocol';
import { loadShow } from '../lineup/show-queries';
import type { Db } from '../store/database';

/**
 * The show's lineup as the sale server takes it: audience-language names (what viewers see),
 * base prices, and the opening stock.
 */
export function lineupForServer(db: Db, showId: number): LineupProduct[] {
  return loadShow(db, showId).products.map((product) => ({
    sku: product.sku,
    name: product.nameAudience,
    priceMinor: product.priceMinor,
    currency: product.currency,
    stock: product.openingStock,
  }));
}
