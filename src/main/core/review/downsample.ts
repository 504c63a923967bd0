import type { StockPoint } from '../../../shared/model/review';

/**
 * Thins a time-ordered series to at most `maxPoints` points by splitting [from, to] into equal
 * time buckets and keeping, per bucket, its first, lowest, highest and last point (M4). The
 * series' extremes, its first and last points and every step's direction survive.
 */
export function downsample(
  points: readonly StockPoint[],
  from: number,
  to: number,
  maxPoints: number,
): StockPoint[] {
  if (points.length <= maxPoints) return [...points];
  const buckets = Math.max(1, Math.floor(maxPoints / 4));
  const width = Math.max(1, (to - from) / buckets);
  const kept: StockPoint[] = [];
  let start = 0;
  while (start < points.length) {
    const bucket = Math.min(
      buckets - 1,
      Math.max(0, Math.floor((points[start].at - from) / width)),
    );
    let end = start;
    let low = start;
    let high = start;
    while (
      end + 1 < points.length &&
      Math.min(buckets - 1, Math.max(0, Math.floor((points[end + 1].at - from) / width))) === bucket
    ) {
      end += 1;
      if (points[end].stock < points[low].stock) low = end;
      if (points[end].stock > points[high].stock) high = end;
    }
    for (const index of [...new Set([start, low, high, end])].sort((a, b) => a - b)) {
      kept.push(points[index]);
    }
    start = end + 1;
  }
  return kept;
}
