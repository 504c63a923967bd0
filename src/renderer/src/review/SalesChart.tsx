import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SalesBucket, Timeline } from '../../../shared/model/review';
import { AXIS_STYLE, GRID_STROKE, TOOLTIP_STYLE, offsetTick } from './chart-axis';
import { formatOffset } from './review-format';
import { salesRows, seriesKey } from './timeline-data';

interface SalesChartProps {
  timeline: Timeline;
  /** Units per bucket: the timeline's sales, or its unmet demand. */
  buckets: readonly SalesBucket[];
  start: number;
  colorOf: (sku: string) => string;
  nameOf: (sku: string) => string;
  formatUnits: (value: number) => string;
}

/**
 * Units per bucket (a minute, or several on a long window), stacked by product: those sold, or
 * those refused as unmet demand.
 */
export function SalesChart({
  timeline,
  buckets,
  start,
  colorOf,
  nameOf,
  formatUnits,
}: SalesChartProps) {
  const skus = timeline.series.map((series) => series.sku);
  const rows = salesRows(buckets, skus);
  const names = new Map(skus.map((sku, index) => [seriesKey(index), nameOf(sku)]));
  const tick = offsetTick(start, Math.max(timeline.to - timeline.from, 120_000));
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart
        data={rows}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" tickFormatter={tick} minTickGap={24} {...AXIS_STYLE} />
        <YAxis tickFormatter={formatUnits} width={64} allowDecimals={false} {...AXIS_STYLE} />
        {skus.map((sku, index) => (
          <Bar
            key={sku}
            dataKey={seriesKey(index)}
            name={nameOf(sku)}
            stackId="units"
            fill={colorOf(sku)}
            maxBarSize={56}
            isAnimationActive={false}
          />
        ))}
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'var(--mantine-color-dark-5)', fillOpacity: 0.5 }}
          labelFormatter={(label) => (typeof label === 'number' ? formatOffset(label, start) : '')}
          formatter={(value, key) => [
            typeof value === 'number' ? formatUnits(value) : '',
            names.get(String(key)) ?? String(key),
          ]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
