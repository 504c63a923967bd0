import type { ReviewClock, Timeline } from '../../../shared/model/review';
import { clockTime, html, type ReportFormat } from './html-format';

const WIDTH = 960;
const STOCK_HEIGHT = 300;
const SALES_HEIGHT = 220;
const PAD = { left: 64, right: 16, top: 16, bottom: 36 };
/** Widest bar of the sales chart, so that a short run's one bucket is a bar, not a block. */
const MAX_BAR_WIDTH = 48;
export const PALETTE = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#6741d9',
  '#495057',
];

export function colorOf(index: number): string {
  return PALETTE[index % PALETTE.length];
}

interface Scale {
  height: number;
  x(at: number): number;
  y(value: number): number;
}

/**
 * The axis values from 0 to at least `value` in whole steps of 1, 2, 2.5 or 5 times a power of
 * ten (2.5 only from 25 up, so every tick is a whole number), about five of them.
 */
export function axisTicks(value: number): number[] {
  const raw = Math.max(1, value) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factors = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(1, (factors.find((factor) => factor * power >= raw) ?? 10) * power);
  const top = Math.max(step, Math.ceil(value / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** Spacings of the time axis, from a tenth of a second to a day. */
const TIME_STEPS_MS = [
  100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
  900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];
const MAX_TIME_TICKS = 5;

/**
 * The time axis: the instants of `from`..`to` on whole multiples of one spacing counted from
 * `origin` (the epoch, or a rehearsal's show time 0), the spacing the smallest that gives at most
 * about five of them; labels need tenths when the spacing is under a second. As every label is a
 * distinct multiple of the spacing, no two read the same, even for a run a few seconds long.
 */
export function timeTicks(
  from: number,
  to: number,
  origin: number,
): { ticks: number[]; tenths: boolean } {
  const span = Math.max(1, to - from);
  const day = TIME_STEPS_MS[TIME_STEPS_MS.length - 1];
  const step =
    TIME_STEPS_MS.find((candidate) => span / candidate <= MAX_TIME_TICKS) ??
    Math.ceil(span / MAX_TIME_TICKS / day) * day;
  const ticks: number[] = [];
  for (let at = origin + Math.ceil((from - origin) / step) * step; at <= to; at += step) {
    ticks.push(at);
  }
  return { ticks: ticks.length > 0 ? ticks : [from], tenths: step < 1_000 };
}

function scale(from: number, to: number, max: number, height: number): Scale {
  const span = Math.max(1, to - from);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  return {
    height,
    x: (at) => PAD.left + ((at - from) / span) * innerW,
    y: (value) => PAD.top + innerH - (value / Math.max(1, max)) * innerH,
  };
}

const fixed = (value: number) => value.toFixed(1);

function axes(
  f: ReportFormat,
  s: Scale,
  clock: ReviewClock,
  from: number,
  to: number,
  ticks: readonly number[],
): string {
  const parts: string[] = [];
  for (const value of ticks) {
    const y = fixed(s.y(value));
    parts.push(
      `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y}" y2="${y}"/>`,
      `<text class="tick" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${html(f.count(value))}</text>`,
    );
  }
  const time = timeTicks(from, to, clock.base === 'wall' ? 0 : clock.zeroAt);
  const edge = (to - from) / 10;
  for (const at of time.ticks) {
    const anchor = at - from < edge ? 'start' : to - at < edge ? 'end' : 'middle';
    const text = clockTime(at, clock, time.tenths ? 'tenths' : 'seconds');
    parts.push(
      `<text class="tick" x="${fixed(s.x(at))}" y="${s.height - 12}" text-anchor="${anchor}">${html(text)}</text>`,
    );
  }
  return parts.join('');
}

function svg(title: string, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-label="${html(title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${body}</svg>`;
}

/** Stock of every product over the run, as steps, with pin intervals shaded. */
export function stockChart(timeline: Timeline, title: string, f: ReportFormat): string {
  const ticks = axisTicks(
    Math.max(1, ...timeline.series.flatMap((s) => s.points.map((p) => p.stock))),
  );
  const s = scale(timeline.from, timeline.to, ticks.at(-1) ?? 1, STOCK_HEIGHT);
  const skuIndex = new Map(timeline.series.map((series, index) => [series.sku, index]));
  const bands = timeline.pins.map((pin) => {
    const x = s.x(pin.from);
    const width = Math.max(1, s.x(pin.to) - x);
    const color = colorOf(skuIndex.get(pin.sku) ?? 0);
    return `<rect x="${fixed(x)}" y="${PAD.top}" width="${fixed(width)}" height="${STOCK_HEIGHT - PAD.top - PAD.bottom}" fill="${color}" opacity="0.08"><title>${html(f.t('chartPinned', { sku: pin.sku }))}</title></rect>`;
  });
  const lines = timeline.series.map((series, index) => {
    const path = series.points
      .map((point, i) => {
        const x = fixed(s.x(point.at));
        const y = fixed(s.y(point.stock));
        return i === 0 ? `M${x} ${y}` : `H${x} V${y}`;
      })
      .join(' ');
    return `<path d="${path}" fill="none" stroke="${colorOf(index)}" stroke-width="1.8"><title>${html(series.name)}</title></path>`;
  });
  return svg(
    title,
    STOCK_HEIGHT,
    `${bands.join('')}${axes(f, s, timeline.clock, timeline.from, timeline.to, ticks)}${lines.join('')}`,
  );
}

/**
 * Units sold per bucket, stacked by product: one bar per bucket, centred in its slot and at most
 * MAX_BAR_WIDTH wide.
 */
export function salesChart(timeline: Timeline, title: string, f: ReportFormat): string {
  const { buckets, bucketMs } = timeline.sales;
  const ticks = axisTicks(Math.max(1, ...buckets.map((bucket) => bucket.units)));
  const end = (buckets.at(-1)?.at ?? timeline.from) + bucketMs;
  const from = buckets[0]?.at ?? timeline.from;
  const s = scale(from, end, ticks.at(-1) ?? 1, SALES_HEIGHT);
  const bars: string[] = [];
  for (const bucket of buckets) {
    const slotStart = s.x(bucket.at);
    const slot = s.x(bucket.at + bucketMs) - slotStart;
    const width = Math.max(1, Math.min(MAX_BAR_WIDTH, slot * 0.8));
    const x = slotStart + (slot - width) / 2;
    let base = 0;
    timeline.series.forEach((series, index) => {
      const units = bucket.bySku[series.sku] ?? 0;
      if (units === 0) return;
      const top = s.y(base + units);
      bars.push(
        `<rect x="${fixed(x)}" y="${fixed(top)}" width="${fixed(width)}" height="${fixed(s.y(base) - top)}" fill="${colorOf(index)}"><title>${html(`${series.sku}: ${f.count(units)}`)}</title></rect>`,
      );
      base += units;
    });
  }
  return svg(
    title,
    SALES_HEIGHT,
    `${axes(f, s, timeline.clock, from, end, ticks)}${bars.join('')}`,
  );
}
