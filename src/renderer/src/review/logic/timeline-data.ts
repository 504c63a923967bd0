import type { SalesBucket, StockSeries, TimelineMarker } from '../../../../shared/model/review';

/**
 * The timeline's series reshaped for the charts: one row per moment with each product's stock
 * under its own key ("s0", "s1"… in lineup order, since a SKU may hold characters that a chart
 * reads as a path).
 */
export type ChartRow = { at: number } & Record<string, number | null>;

export function seriesKey(index: number): string {
  return `s${index}`;
}

/** `count` + 1 moments evenly spread over [from, to], whole milliseconds. */
export function evenTimes(from: number, to: number, count: number): number[] {
  if (to <= from) return [from];
  return Array.from({ length: count + 1 }, (_, i) => Math.round(from + ((to - from) * i) / count));
}

/**
 * Stock of every product at every moment any of them has a point, and at the `extra` moments
 * (so that a pointer anywhere on the chart finds a row near it): stock is a step function, so a
 * product keeps its last value until its next point (null before its first one).
 */
export function stockRows(
  series: readonly StockSeries[],
  extra: readonly number[] = [],
): ChartRow[] {
  const times = [
    ...new Set([...extra, ...series.flatMap((s) => s.points.map((point) => point.at))]),
  ].sort((a, b) => a - b);
  const next = series.map(() => 0);
  const last: (number | null)[] = series.map(() => null);
  return times.map((at) => {
    const row: ChartRow = { at };
    series.forEach((s, index) => {
      while (next[index] < s.points.length && s.points[next[index]].at <= at) {
        last[index] = s.points[next[index]].stock;
        next[index] += 1;
      }
      row[seriesKey(index)] = last[index];
    });
    return row;
  });
}

/** Units per bucket, per product key (lineup order as in `skus`). */
export function salesRows(buckets: readonly SalesBucket[], skus: readonly string[]): ChartRow[] {
  return buckets.map((bucket) => {
    const row: ChartRow = { at: bucket.at };
    skus.forEach((sku, index) => {
      row[seriesKey(index)] = bucket.bySku[sku] ?? 0;
    });
    return row;
  });
}

export interface Interval {
  from: number;
  to: number;
}

/** Times the link to the sale server was down: from each drop to the next reconnect. */
export function linkOutages(markers: readonly TimelineMarker[], to: number): Interval[] {
  const outages: Interval[] = [];
  let downSince: number | null = null;
  for (const marker of markers) {
    if (marker.type === 'linkDown' && downSince === null) downSince = marker.at;
    if (marker.type === 'linkUp' && downSince !== null) {
      outages.push({ from: downSince, to: marker.at });
      downSince = null;
    }
  }
  if (downSince !== null) outages.push({ from: downSince, to });
  return outages;
}
