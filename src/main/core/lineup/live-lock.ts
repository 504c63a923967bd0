import { coreText, type CoreTextCode } from '../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../shared/api/errors';
import type { ProductInput } from '../../../shared/model/lineup';
import { LIVE_LOCKED_ISSUE } from '../../../shared/model/lineup-values';
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
  const changed: [keyof ProductInput, CoreTextCode][] = [];
  if (product.sku !== row.sku) changed.push(['sku', 'live_locked_sku']);
  if (product.currency !== row.currency) changed.push(['currency', 'live_locked_set_price']);
  if (product.priceMinor !== row.price_minor) changed.push(['priceMinor', 'live_locked_set_price']);
  if (product.openingStock !== row.opening_stock) {
    changed.push(['openingStock', 'live_locked_restock']);
  }
  if (changed.length === 0) return;
  const issues = changed.map(([field, hint]) =>
    issueAt(['product', field, LIVE_LOCKED_ISSUE], coreText(hint)),
  );
  const fields = changed.map(([field]) => field).join(', ');
  throw new ApiError('conflict', coreText('live_locked', { fields }), issues);
}
