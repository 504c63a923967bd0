import type { StockPoint } from '../../../shared/model/review';
import type { OrderEntry } from './order-entries';
import type { SecondRow } from './rollup-queries';
import type { ReviewEntry } from './log-entry';

interface SeqPoint extends StockPoint {
  seq: number;
}

/** Stock points of one SKU from its orders, one point after each order. */
export function orderPoints(orders: readonly OrderEntry[]): SeqPoint[] {
  return orders.map((order) => ({ at: order.at, seq: order.seq, stock: order.stock }));
}

/**
 * Stock points of one SKU from its rolled-up seconds: the stock before the second's first order
 * and after its last, and the second's extremes in between when they differ from those.
 */
export function secondPoints(rows: readonly SecondRow[]): SeqPoint[] {
  const points: SeqPoint[] = [];
  for (const row of rows) {
    points.push({ at: row.firstAt, seq: row.firstSeq - 0.5, stock: row.openStock });
    const middle = Math.round((row.firstAt + row.lastAt) / 2);
    if (row.maxStock > row.openStock) {
      points.push({ at: middle, seq: row.firstSeq, stock: row.maxStock });
    }
    if (row.minStock < row.lastStock) {
      points.push({ at: middle, seq: row.firstSeq + 0.25, stock: row.minStock });
    }
    points.push({ at: row.lastAt, seq: row.lastSeq, stock: row.lastStock });
  }
  return points;
}

/** Stock points of one SKU set by entries other than orders (upload, restock, snapshot). */
export function entryPoints(entries: readonly ReviewEntry[], sku: string): SeqPoint[] {
  const points: SeqPoint[] = [];
  for (const entry of entries) {
    if (entry.kind === 'snapshot') {
      const product = entry.snapshot.products.find((p) => p.sku === sku);
      if (product) points.push({ at: entry.at, seq: entry.seq, stock: product.stock });
    } else if (entry.kind === 'event') {
      const { event } = entry;
      if (event.type === 'stock' && event.sku === sku) {
        points.push({ at: entry.at, seq: entry.seq, stock: event.stock });
      } else if (event.type === 'product' && event.product.sku === sku) {
        points.push({ at: entry.at, seq: entry.seq, stock: event.product.stock });
      }
    }
  }
  return points;
}

/**
 * One SKU's stock over [from, to]: its stock at `from` (when known), the points in between in
 * log order, and the last value carried to `to`.
 */
export function mergeStockPoints(
  start: number | null,
  parts: readonly SeqPoint[][],
  from: number,
  to: number,
): StockPoint[] {
  const inRange = parts
    .flat()
    .filter((point) => point.at >= from && point.at <= to)
    .sort((a, b) => a.at - b.at || a.seq - b.seq);
  const points: StockPoint[] = [];
  if (start !== null) points.push({ at: from, stock: start });
  for (const point of inRange) points.push({ at: point.at, stock: point.stock });
  const last = points.at(-1);
  if (last && last.at < to) points.push({ at: to, stock: last.stock });
  return points;
}
