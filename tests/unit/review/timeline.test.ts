import { describe, expect, it } from 'vitest';
import { downsample } from '../../../src/main/core/review/downsample';
import type { StockPoint } from '../../../src/shared/model/review';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();

describe('downsampling', () => {
  it('keeps at most maxPoints, the first and last points and every extreme', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let stock = 50_000;
    const points: StockPoint[] = Array.from({ length: 20_000 }, (_, i) => {
      stock = Math.max(0, stock + Math.round((random() - 0.55) * 40));
      return { at: T0 + i * 37, stock };
    });
    points[12_345] = { at: points[12_345].at, stock: 90_000 };
    points[4_321] = { at: points[4_321].at, stock: 0 };
    const end = points[points.length - 1].at;
    const kept = downsample(points, points[0].at, end, 400);
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept[0]).toEqual(points[0]);
    expect(kept.at(-1)).toEqual(points.at(-1));
    expect(kept).toContainEqual(points[12_345]);
    expect(kept).toContainEqual(points[4_321]);
    expect(kept.map((p) => p.at)).toEqual([...kept.map((p) => p.at)].sort((a, b) => a - b));
    const bucketMs = (end - points[0].at) / 100;
    for (let bucket = 0; bucket < 100; bucket++) {
      const inBucket = (p: StockPoint) =>
        Math.min(99, Math.floor((p.at - points[0].at) / bucketMs)) === bucket;
      const all = points.filter(inBucket).map((p) => p.stock);
      const mine = kept.filter(inBucket).map((p) => p.stock);
      expect(Math.min(...mine)).toBe(Math.min(...all));
      expect(Math.max(...mine)).toBe(Math.max(...all));
    }
  });

  it('returns a short series as it is', () => {
    const points = [
      { at: 1, stock: 5 },
      { at: 2, stock: 4 },
    ];
    expect(downsample(points, 0, 10, 100)).toEqual(points);
  });
});

describe('the timeline of a run', () => {
  it('has every order as a stock step, pins, sales per minute and markers', () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, {});
    expect(timeline).toMatchObject({ from: T0, to: T0 + 10_000, maxPoints: 1_000 });
    const a = timeline.series[0];
    expect(a.exact).toBe(true);
    expect(a.points).toEqual([
      { at: T0 + 100, stock: 10 },
      { at: T0 + 1_000, stock: 9 },
      { at: T0 + 1_600, stock: 6 },
      { at: T0 + 2_100, stock: 0 },
      { at: T0 + 3_000, stock: 4 },
      { at: T0 + 3_200, stock: 3 },
      { at: T0 + 10_000, stock: 3 },
    ]);
    expect(timeline.pins).toEqual([{ sku: 'A', from: T0 + 1_500, to: T0 + 2_500 }]);
    expect(timeline.sales.bucketMs).toBe(60_000);
    expect(timeline.sales.buckets).toEqual([{ at: T0, units: 12, bySku: { A: 11, B: 1 } }]);
    expect(timeline.markers.map((m) => [m.type, m.at - T0])).toEqual([
      ['linkUp', 50],
      ['showState', 900],
      ['talkingPoint', 1_400],
      ['pin', 1_500],
      ['unpin', 2_500],
      ['restock', 3_000],
      ['price', 3_500],
      ['linkDown', 4_000],
      ['protocolError', 4_200],
      ['note', 4_500],
      ['linkUp', 5_000],
      ['showState', 9_000],
    ]);
    expect(timeline.markers.find((m) => m.type === 'restock')).toMatchObject({
      sku: 'A',
      units: 4,
      stock: 4,
    });
  });

  it('zooms into a range, starting from the stock at its start', () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, { from: T0 + 1_800, to: T0 + 3_100 });
    expect(timeline.series[0].points).toEqual([
      { at: T0 + 1_800, stock: 6 },
      { at: T0 + 2_100, stock: 0 },
      { at: T0 + 3_000, stock: 4 },
      { at: T0 + 3_100, stock: 4 },
    ]);
    expect(timeline.pins).toEqual([{ sku: 'A', from: T0 + 1_800, to: T0 + 2_500 }]);
    expect(timeline.markers.map((m) => m.type)).toEqual(['unpin', 'restock']);
  });

  it('shows a note added after the show at its moment, and refuses a range that ends first', () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const note = review.addNote(log.run.id, 'Durians sold out too fast', T0 + 2_200);
    expect(note).toMatchObject({ type: 'note', at: T0 + 2_200 });
    const markers = review.timeline(log.run.id, { from: T0 + 2_000, to: T0 + 2_600 }).markers;
    expect(markers.map((m) => m.type)).toEqual(['note', 'unpin']);
    expect(() => review.timeline(log.run.id, { from: T0 + 5_000, to: T0 + 4_000 })).toThrow(
      /ends before it starts/,
    );
  });

  it('draws a run of many orders from per-second figures within maxPoints', () => {
    const log = sampleRun();
    log.restock('B', 30_000, T0 + 10_000);
    for (let i = 0; i < 25_000; i++) log.order('B', 1, T0 + 11_000 + i * 10);
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, { maxPoints: 200 });
    const b = timeline.series[1];
    expect(b.exact).toBe(false);
    expect(b.points.length).toBeLessThanOrEqual(200);
    expect(Math.min(...b.points.map((p) => p.stock))).toBe(4);
    expect(b.points.at(-1)?.stock).toBe(30_004 - 25_000);
    expect(Math.max(...b.points.map((p) => p.stock))).toBe(30_004);
    expect(timeline.sales.buckets.reduce((sum, bucket) => sum + bucket.units, 0)).toBe(25_012);
  });
});
