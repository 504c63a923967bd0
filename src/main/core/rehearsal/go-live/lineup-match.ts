import type { ChecklistItem } from '../../../../shared/model/rehearsal';
import type { LineupProduct, Snapshot, ShowState } from '../../../../shared/protocol';

const LISTED = 5;

function list(skus: readonly string[]): string {
  const shown = skus.slice(0, LISTED).join(', ');
  return skus.length > LISTED ? `${shown} and ${skus.length - LISTED} more` : shown;
}

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
      ? {
          id: 'lineup',
          status: 'ok',
          detail: `The server's show has no products yet; the console loads ${lineup.length} when it connects`,
        }
      : {
          id: 'lineup',
          status: 'failed',
          detail: `The server's show is ${state} with no products`,
        };
  }
  const server = new Map(snapshot.products.map((product) => [product.sku, product]));
  const local = new Set(lineup.map((product) => product.sku));
  const missing = lineup.filter((product) => !server.has(product.sku)).map((p) => p.sku);
  const extra = snapshot.products.filter((product) => !local.has(product.sku)).map((p) => p.sku);
  const stock = lineup
    .filter((product) => {
      const remote = server.get(product.sku);
      return remote !== undefined && remote.stock + remote.sold !== product.stock;
    })
    .map((product) => {
      const remote = server.get(product.sku);
      return `${product.sku} (lineup ${product.stock}, server ${remote ? remote.stock + remote.sold : 0})`;
    });
  const problems = [
    missing.length > 0 ? `not on the server: ${list(missing)}` : null,
    extra.length > 0 ? `only on the server: ${list(extra)}` : null,
    stock.length > 0 ? `stock differs: ${list(stock)}` : null,
  ].filter((problem): problem is string => problem !== null);
  return problems.length === 0
    ? {
        id: 'lineup',
        status: 'ok',
        detail: `All ${lineup.length} products match the server's SKUs and stock`,
      }
    : { id: 'lineup', status: 'failed', detail: problems.join('; ') };
}
