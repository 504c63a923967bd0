import type { Timeline } from '../../../shared/model/review';
import { count, html, utcTime } from './html-format';

const WIDTH = 960;
const HEIGHT = 300;
const PAD = { left: 64, right: 16, top: 16, bottom: 36 };
const PALETTE = [
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
  x(at: number): number;
  y(value: number): number;
}

/** The smallest 1, 2, 2.5 or 5 times a power of ten at or above `value`. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

function scale(from: number, to: number, max: number): Scale {
  const span = Math.max(1, to - from);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  return {
    x: (at) => PAD.left + ((at - from) / span) * innerW,
    y: (value) => PAD.top + innerH - (value / Math.max(1, max)) * innerH,
  };
}

const fixed = (value: number) => value.toFixed(1);

function axes(s: Scale, from: number, to: number, max: number): string {
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const value = Math.round((max * i) / 4);
    const y = fixed(s.y(value));
    parts.push(
      `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y}" y2="${y}"/>`,
      `<text class="tick" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${html(count(value))}</text>`,
    );
  }
  for (let i = 0; i <= 4; i++) {
    const at = from + ((to - from) * i) / 4;
    const anchor = i === 0 ? 'start' : i === 4 ? 'end' : 'middle';
    parts.push(
      `<text class="tick" x="${fixed(s.x(at))}" y="${HEIGHT - 12}" text-anchor="${anchor}">${html(utcTime(at).slice(11))}</text>`,
    );
  }
  return parts.join('');
}

/** Stock of every product over the run, as steps, with pin intervals shaded. */
export function stockChart(timeline: Timeline, title: string): string {
  const max = niceMax(Math.max(1, ...timeline.series.flatMap((s) => s.points.map((p) => p.stock))));
  const s = scale(timeline.from, timeline.to, max);
  const skuIndex = new Map(timeline.series.map((series, index) => [series.sku, index]));
  const bands = timeline.pins.map((pin) => {
    const x = s.x(pin.from);
    const width = Math.max(1, s.x(pin.to) - x);
    const color = colorOf(skuIndex.get(pin.sku) ?? 0);
    return `<rect x="${fixed(x)}" y="${PAD.top}" width="${fixed(width)}" height="${HEIGHT - PAD.top - PAD.bottom}" fill="${color}" opacity="0.08"><title>${html(`pinned ${pin.sku}`)}</title></rect>`;
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
  return `<svg role="img" aria-label="${html(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%">${bands.join('')}${axes(s, timeline.from, timeline.to, max)}${lines.join('')}</svg>`;
}

/** Units sold per bucket, stacked by product. */
export function salesChart(timeline: Timeline, title: string): string {
  const buckets = timeline.sales.buckets;
  const max = niceMax(Math.max(1, ...buckets.map((bucket) => bucket.units)));
  const end = (buckets.at(-1)?.at ?? timeline.from) + timeline.sales.bucketMs;
  const from = buckets[0]?.at ?? timeline.from;
  const s = scale(from, end, max);
  const bars: string[] = [];
  for (const bucket of buckets) {
    const x = s.x(bucket.at);
    const width = Math.max(1, s.x(bucket.at + timeline.sales.bucketMs) - x - 1);
    let base = 0;
    timeline.series.forEach((series, index) => {
      const units = bucket.bySku[series.sku] ?? 0;
      if (units === 0) return;
      const top = s.y(base + units);
      bars.push(
        `<rect x="${fixed(x)}" y="${fixed(top)}" width="${fixed(width)}" height="${fixed(s.y(base) - top)}" fill="${colorOf(index)}"><title>${html(`${series.sku}: ${count(units)}`)}</title></rect>`,
      );
      base += units;
    });
  }
  return `<svg role="img" aria-label="${html(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%">${axes(s, from, end, max)}${bars.join('')}</svg>`;
}
