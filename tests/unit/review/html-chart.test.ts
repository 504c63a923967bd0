import { formatLocalTime } from '../../../src/shared/format/times';
import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  salesChart,
  stockChart,
  timeTicks,
} from '../../../src/main/core/review/html-chart';
import type { Timeline } from '../../../src/shared/model/review';
import { reportFormat } from '../../../src/main/core/review/html-format';

const EN = reportFormat('en');

const T0 = Date.UTC(2026, 10, 27, 1, 6, 0);

/** What the charts read of a timeline (its review clock does not change how they draw). */
function timeline(buckets: number): Timeline {
  const drawn: Omit<Timeline, 'clock'> = {
    runId: 1,
    from: T0 + 8_000,
    to: T0 + 11_000,
    maxPoints: 500,
    series: [
      { sku: 'A', name: 'Alpha', points: [], exact: true },
      { sku: 'B', name: 'Beta', points: [], exact: true },
    ],
    sales: {
      bucketMs: 60_000,
      buckets: Array.from({ length: buckets }, (_, i) => ({
        at: T0 + i * 60_000,
        units: 50,
        bySku: { A: 30, B: 20 },
      })),
    },
    pins: [],
    markers: [],
    markersOmitted: 0,
    unmet: { bucketMs: 60_000, buckets: [] },
    comments: [],
  };
  return { clock: { base: 'wall' }, ...drawn } as Timeline;
}

/** The time labels under a chart (the value labels at its left are vertically centred). */
function timeLabels(svg: string): string[] {
  return [
    ...svg.matchAll(/<text class="tick" [^>]*text-anchor="(?:start|middle|end)">([^<]+)</g),
  ].map((match) => match[1].replaceAll('&#58;', ':'));
}

function barWidths(svg: string): number[] {
  return [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
}

describe('report charts', () => {
  it('puts whole-number ticks from zero to at least the largest value', () => {
    expect(axisTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axisTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(3_700)).toEqual([0, 1_000, 2_000, 3_000, 4_000]);
    expect(axisTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    for (const value of [3, 7, 12, 99, 260, 12_345]) {
      const ticks = axisTicks(value);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(value);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('draws a short run’s one bucket as a bar, not a block across the chart', () => {
    const widths = barWidths(salesChart(timeline(1), 'Units sold', EN));
    expect(widths).toHaveLength(2);
    for (const width of widths) expect(width).toBeLessThanOrEqual(48);
  });

  it('leaves a gap between the bars of neighbouring buckets', () => {
    const svg = salesChart(timeline(40), 'Units sold', EN);
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"[^>]*width="([\d.]+)"/g)].map((match) => ({
      x: Number(match[1]),
      width: Number(match[2]),
    }));
    const starts = [...new Set(xs.map((bar) => bar.x))];
    expect(starts).toHaveLength(40);
    expect(starts[0] + xs[0].width).toBeLessThan(starts[1]);
  });

  it('labels a run a few seconds long with distinct whole seconds on the wall clock', () => {
    const labels = timeLabels(stockChart(timeline(1), 'Stock', EN));
    // Local time with its offset, whatever the machine's zone.
    expect(labels).toEqual([8, 9, 10, 11].map((s) => formatLocalTime(T0 + s * 1000)));
    expect(labels[0]).toMatch(/^\d\d:06:08 [+-]\d\d:\d\d$/);
  });

  it('shows tenths when the run is shorter than the spacing of whole seconds allows', () => {
    const short = { ...timeline(1), from: T0 + 20_050, to: T0 + 21_600 };
    const labels = timeLabels(stockChart(short, 'Stock', EN));
    expect(labels).toEqual([20_500, 21_000, 21_500].map((ms) => formatLocalTime(T0 + ms, true)));
    const show = { ...short, clock: { base: 'show' as const, zeroAt: T0 + 20_000 } };
    expect(timeLabels(stockChart(show, 'Stock', EN))).toEqual([
      '0:00:00.5',
      '0:00:01.0',
      '0:00:01.5',
    ]);
  });

  it('spaces time ticks on whole steps, at most six and all distinct', () => {
    for (const [from, to] of [
      [T0, T0 + 1_234],
      [T0 + 999, T0 + 4_001],
      [T0 + 7, T0 + 59_000],
      [T0, T0 + 3 * 3_600_000 + 17],
      [T0, T0 + 9 * 86_400_000],
    ]) {
      const { ticks } = timeTicks(from, to, 0);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(new Set(ticks).size).toBe(ticks.length);
      for (const at of ticks) expect(at >= from && at <= to).toBe(true);
    }
    const hour = Date.UTC(2026, 10, 27, 1);
    expect(timeTicks(T0, T0 + 3 * 3_600_000, 0)).toEqual({
      ticks: [1, 2, 3].map((n) => hour + n * 3_600_000),
      tenths: false,
    });
  });
});
