import type { StockSeries, Timeline } from '../../../shared/model/review';
import type { Db } from '../store/database';
import { addUnmetUnits, commentMinutes } from './audience-review';
import { downsample } from './downsample';
import { ordersBetween, type OrderEntry } from './order-entries';
import { foldAt, productsAt } from './replay';
import { secondsOf, type SecondRow } from './rollup-queries';
import { clockSecondsOf, type RunIndex } from './run-index';
import { SalesBuckets, salesBucketMs } from './sales-buckets';
import { entryPoints, mergeStockPoints, orderPoints, secondPoints } from './stock-series';
import { WALL_TIME } from './time-base';

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

/** The part of a range of the review clock the run covers, and its wall-clock span. */
function rangeOf(index: RunIndex, range: TimelineRange) {
  const from = Math.max(index.clockFrom, range.from ?? index.clockFrom);
  const to = Math.max(from, Math.min(index.clockTo, range.to ?? index.clockTo));
  const clamp = (at: number, low: number) => Math.min(index.to, Math.max(low, at));
  const wallFrom = clamp(index.time.toWall(from, 'first'), index.from);
  const wallTo = clamp(index.time.toWall(to, 'last'), wallFrom);
  return { from, to, wallFrom, wallTo };
}

/** Units per bucket from the rollup: wall-clock seconds, or a rehearsal's show seconds. */
function salesFromSeconds(
  db: Db,
  index: RunIndex,
  sales: SalesBuckets,
  { sku, rows }: SkuSeconds,
  from: number,
  to: number,
): void {
  const { clock } = index.time;
  if (clock.base === 'wall') {
    for (const row of rows) sales.add(sku, row.second * 1000, row.units);
    return;
  }
  for (const [second, units] of clockSecondsOf(db, index).get(sku) ?? []) {
    const at = clock.zeroAt + second * 1000;
    if (at + 1000 > from && at <= to) sales.add(sku, at, units);
  }
}

/**
 * The timeline of a run over [from, to] of its review clock (the whole run by default; a
 * narrower range zooms in): per product stock, downsampled to `maxPoints` keeping each bucket's
 * extremes, units sold per minute (or per several minutes) and the units refused as unmet demand
 * in the same buckets, comments per minute, pin intervals and markers. The log
 * is read over the range's wall-clock span and every time put on the review clock before the
 * series are bucketed, so a rehearsal's timeline is drawn in show time.
 */
export function buildTimeline(db: Db, index: RunIndex, range: TimelineRange): Timeline {
  const { time } = index;
  const { from, to, wallFrom, wallTo } = rangeOf(index, range);
  const maxPoints = range.maxPoints ?? DEFAULT_MAX_POINTS;
  const known = [...foldAt(index, index.to).products.values()].sort(
    (a, b) => a.position - b.position,
  );
  const skus: SkuSeconds[] = known.map((product) => ({
    sku: product.sku,
    name: product.name,
    rows: secondsOf(
      db,
      index.runId,
      product.sku,
      Math.floor(wallFrom / 1000),
      Math.floor(wallTo / 1000),
    ),
  }));
  const ordersInRange = skus.reduce(
    (sum, sku) => sum + sku.rows.reduce((rowSum, row) => rowSum + row.orders, 0),
    0,
  );
  const exact = ordersInRange <= EXACT_ORDER_LIMIT;
  const orders = exact ? exactOrders(db, index.runId, skus) : new Map<string, OrderEntry[]>();
  const startFold = foldAt(index, wallFrom);
  const atStart = new Map(productsAt(db, index, wallFrom, startFold).map((p) => [p.sku, p.stock]));
  const entries = index.entries.filter((entry) => entry.at >= wallFrom && entry.at <= wallTo);
  const onClock = <T extends { at: number }>(points: T[]): T[] =>
    time === WALL_TIME
      ? points
      : points.map((point) => ({ ...point, at: time.fromWall(point.at) }));

  const bucketMs = salesBucketMs(from, to, maxPoints);
  const origin = time.clock.base === 'show' ? time.clock.zeroAt : 0;
  const sales = new SalesBuckets(from, to, bucketMs, origin);
  const series: StockSeries[] = skus.map((skuSeconds) => {
    const { sku, name, rows } = skuSeconds;
    const skuOrders = onClock(orders.get(sku) ?? []);
    if (exact) {
      for (const order of skuOrders) {
        if (order.at >= from && order.at <= to) sales.add(sku, order.at, order.qty);
      }
    } else {
      salesFromSeconds(db, index, sales, skuSeconds, from, to);
    }
    const points = mergeStockPoints(
      atStart.get(sku) ?? null,
      [
        exact ? orderPoints(skuOrders) : onClock(secondPoints(rows)),
        onClock(entryPoints(entries, sku)),
      ],
      from,
      to,
    );
    return { sku, name, exact, points: downsample(points, from, to, maxPoints) };
  });

  const unmet = new SalesBuckets(from, to, bucketMs, origin);
  addUnmetUnits(
    db,
    index.runId,
    time,
    unmet,
    { from, to },
    {
      from: index.clockFrom,
      to: index.clockTo,
    },
  );

  const markers = index.markers.filter((marker) => marker.at >= from && marker.at <= to);
  return {
    runId: index.runId,
    clock: time.clock,
    from,
    to,
    maxPoints,
    series,
    sales: { bucketMs, buckets: sales.list() },
    pins: index.pins
      .filter((pin) => pin.to >= from && pin.from <= to)
      .map((pin) => ({ sku: pin.sku, from: Math.max(pin.from, from), to: Math.min(pin.to, to) })),
    markers: markers.slice(0, MARKER_LIMIT),
    markersOmitted: Math.max(0, markers.length - MARKER_LIMIT),
    unmet: { bucketMs, buckets: unmet.list() },
    comments: commentMinutes(db, index.runId, time, { from, to }),
  };
}
