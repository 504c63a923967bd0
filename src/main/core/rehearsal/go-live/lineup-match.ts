import type { ChecklistItem, StockDifference } from '../../../../shared/model/rehearsal';
import type { LineupProduct, Snapshot, ShowState } from '../../../../shared/protocol';
import { checklistItem, LISTED_SKUS, skuList } from './checklist-text';

/**
 * Whether the server's show carries the lineup: the same SKUs, and for each the same opening
 * stock (stock plus sold on the server). An empty planned show is fine: the console loads the
 * lineup when the link opens.
 */
export function compareLineup(
  lineup: readonly LineupProduct[],
  snapshot: Snapshot,
  state: ShowState,
): ChecklistItem {
  if (snapshot.products.length === 0) {
    return state === 'planned'
      ? checklistItem('lineup', 'ok', {
          code: 'lineup_to_load',
          params: { count: lineup.length },
        })
      : checklistItem('lineup', 'failed', { code: 'lineup_empty', params: { state } });
  }
  const server = new Map(snapshot.products.map((product) => [product.sku, product]));
  const local = new Set(lineup.map((product) => product.sku));
  const missing = lineup.filter((product) => !server.has(product.sku)).map((p) => p.sku);
  const extra = snapshot.products.filter((product) => !local.has(product.sku)).map((p) => p.sku);
  const stock = lineup.flatMap((product): StockDifference[] => {
    const remote = server.get(product.sku);
    if (remote === undefined || remote.stock + remote.sold === product.stock) return [];
    return [{ sku: product.sku, lineup: product.stock, server: remote.stock + remote.sold }];
  });
  if (missing.length === 0 && extra.length === 0 && stock.length === 0) {
    return checklistItem('lineup', 'ok', {
      code: 'lineup_matches',
      params: { count: lineup.length },
    });
  }
  return checklistItem('lineup', 'failed', {
    code: 'lineup_differs',
    params: {
      missing: skuList(missing),
      extra: skuList(extra),
      stock: stock.slice(0, LISTED_SKUS),
      stockTotal: stock.length,
    },
  });
}
