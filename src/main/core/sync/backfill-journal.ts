import type { ServerEvent } from '../../../shared/protocol';
import type { Projection, ProjectedProduct } from '../live/projection';
import type { Db } from '../store/database';
import type { HistoryStore, LogGap } from './history-store';
import type { SyncStore } from './sync-store';

export interface BackfillJournalDeps {
  db: Db;
  runId: number;
  history: HistoryStore;
  store: SyncStore;
  projection: Projection;
}

/**
 * Journals a page of events the server sent from its history, and adds its orders' revenue to
 * the run's live figures: a snapshot carries stock and units sold but no revenue, so the orders
 * it skipped count in the live revenue only once they are journaled (each exactly once, as the
 * log holds them). One transaction; the projection takes the new figures after the commit.
 * Returns the SKUs whose figures changed.
 */
export function journalBackfilled(
  deps: BackfillJournalDeps,
  gap: LogGap,
  events: readonly ServerEvent[],
): string[] {
  const revenue = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'order') continue;
    revenue.set(event.sku, (revenue.get(event.sku) ?? 0) + event.qty * event.priceMinor);
  }
  const products = [...revenue].flatMap(([sku, minor]): ProjectedProduct[] => {
    const product = deps.projection.product(sku);
    return product ? [{ ...product, revenueMinor: product.revenueMinor + minor }] : [];
  });
  deps.db.transaction(() => {
    deps.history.fill(gap, events);
    for (const product of products) deps.store.saveProduct(deps.runId, product);
  })();
  deps.projection.put(products);
  return products.map((product) => product.sku);
}
