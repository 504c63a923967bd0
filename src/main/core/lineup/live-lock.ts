import { ApiError, type ApiIssue } from '../../../shared/api/errors';
import { LIVE_LOCKED_ISSUE, type ProductInput } from '../../../shared/model/lineup';
import { findOpenRun } from '../runs/run-repository';
import type { Db } from '../store/database';
import { requireProductRow } from './show-queries';

/**
 * Refuses an edit that would make the lineup disagree with the sale server while a run of the
 * show is open: its SKU, currency, price and opening stock are on the server, which keeps
 * selling at its own price and stock. Price and stock change through the live commands (Set
 * price, Restock), with their confirmation; names and talking points may still be edited.
 */
export function assertNotLiveLocked(db: Db, productId: number, product: ProductInput): void {
  const row = requireProductRow(db, productId);
  const run = findOpenRun(db);
  if (!run || run.showId !== row.show_id) return;
  const changed: [keyof ProductInput, string][] = [];
  if (product.sku !== row.sku) changed.push(['sku', 'the SKU is on the sale server']);
  if (product.currency !== row.currency) changed.push(['currency', 'use Set price instead']);
  if (product.priceMinor !== row.price_minor) changed.push(['priceMinor', 'use Set price instead']);
  if (product.openingStock !== row.opening_stock)
    changed.push(['openingStock', 'use Restock instead']);
  if (changed.length === 0) return;
  const issues: ApiIssue[] = changed.map(([field, hint]) => ({
    path: ['product', field, LIVE_LOCKED_ISSUE],
    message: `A run of this show is open: ${hint}`,
  }));
  throw new ApiError(
    'conflict',
    `A run of this show is open: ${changed.map(([field]) => field).join(', ')} cannot change in the lineup; use the live commands`,
    issues,
  );
}
