import type { StockSeries, Timeline } from '../../../shared/model/review';
import type { Db } from '../store/database';
import { downsample } from './downsample';
import { ordersBetween, type OrderEntry } from './order-entries';
import { foldAt, stateAt } from './replay';
import { secondsOf, type SecondRow } from './rollup-queries';
import type { RunIndex } from './run-index';
import { SalesBuckets, salesBucketMs } from './sales-buckets';
import { entryPoints, mergeStockPoints, orderPoints, secondPoints } from './stock-series';

/** Up to this many orders in range, the series are drawn from every order. */
export const EXACT_ORDER_LIMIT = 20_000;
export const MARKER_LIMIT = 2_000;
export const DEFAULT_MAX_POINTS = 1_000;

export interface TimelineRange {
  from?: number;
  to?: number;
  maxPoints?: number;
}

interface SkuSeconds {
  sku: string;
  name: string;
  rows: SecondRow[];
}

/** Every order of the range, grouped by SKU (only called for a range of few orders). */
function exactOrders(
  db: Db,
  runId: number,
  skus: readonly SkuSeconds[],
): Map<string, OrderEntry[]> {
  const rows = skus.flatMap((sku) => sku.rows);
  const bySku = new Map<string, OrderEntry[]>();
  if (rows.length === 0) return bySku;
  const first = Math.min(...rows.map((row) => row.firstSeq));
  const last = Math.max(...rows.map((row) => row.lastSeq));
  for (const order of ordersBetween(db, runId, first, last)) {
    const list = bySku.get(order.sku);
    if (list) list.push(order);
    else bySku.set(order.sku, [order]);
  }
  return bySku;
}

/**
 * The timeline of a run over [from, to] (the whole run by default; a narrower range zooms in):
 * per product stock, downsampled to `maxPoints` keeping each bucket's extremes, units sold per
 * minute (or per several minutes), pin intervals and markers.
 */
export function buildTimeline(db: Db, index: RunIndex, range: TimelineRange): Timeline {
  const from = Math.max(index.from, range.from ?? index.from);
  const to = Math.max(from, Math.min(index.to, range.to ?? index.to));
  const maxPoints = range.maxPoints ?? DEFAULT_MAX_POINTS;
  const fromSecond = Math.floor(from / 1000);
  const toSecond = Math.floor(to / 1000);
  const known = [...foldAt(index, index.to).products.values()].sort(
    (a, b) => a.position - b.position,
  );
  const skus: SkuSeconds[] = known.map((product) => ({
    sku: product.sku,
    name: product.name,
    rows: secondsOf(db, index.runId, product.sku, fromSecond, toSecond),
  }));
  const ordersInRange = skus.reduce(
    (sum, sku) => sum + sku.rows.reduce((rowSum, row) => rowSum + row.orders, 0),
    0,
  );
  const exact = ordersInRange <= EXACT_ORDER_LIMIT;
  const orders = exact ? exactOrders(db, index.runId, skus) : new Map<string, OrderEntry[]>();
  const atStart = new Map(stateAt(db, index, from).products.map((p) => [p.sku, p.stock]));
  const entries = index.entries.filter((entry) => entry.at >= from && entry.at <= to);

  const bucketMs = salesBucketMs(from, to, maxPoints);
  const sales = new SalesBuckets(from, to, bucketMs);
  const series: StockSeries[] = skus.map(({ sku, name, rows }) => {
    const skuOrders = orders.get(sku) ?? [];
    if (exact) {
      for (const order of skuOrders) {
        if (order.at >= from && order.at <= to) sales.add(sku, order.at, order.qty);
      }
    } else {
      for (const row of rows) sales.add(sku, row.second * 1000, row.units);
    }
    const points = mergeStockPoints(
      atStart.get(sku) ?? null,
      [exact ? orderPoints(skuOrders) : secondPoints(rows), entryPoints(entries, sku)],
      from,
      to,
    );
    return { sku, name, exact, points: downsample(points, from, to, maxPoints) };
  });

  const markers = index.facts.markers.filter((marker) => marker.at >= from && marker.at <= to);
  return {
    runId: index.runId,
    from,
    to,
    maxPoints,
    series,
    sales: { bucketMs, buckets: sales.list() },
    pins: index.facts.pins
      .filter((pin) => pin.to >= from && pin.from <= to)
      .map((pin) => ({ sku: pin.sku, from: Math.max(pin.from, from), to: Math.min(pin.to, to) })),
    markers: markers.slice(0, MARKER_LIMIT),
    markersOmitted: Math.max(0, markers.length - MARKER_LIMIT),
  };
}
