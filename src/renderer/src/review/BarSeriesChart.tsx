import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_STYLE, GRID_STROKE, TOOLTIP_STYLE, offsetTick } from './logic/chart-axis';
import { formatOffset } from './logic/review-format';
import type { ChartRow } from './logic/timeline-data';

/** One series of bars: its key in the rows, its name in the tooltip, its colour. */
export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

interface BarSeriesChartProps {
  /** One row per bucket, its start at `at` and each series' value under the series' key. */
  rows: readonly ChartRow[];
  series: readonly BarSeries[];
  /** Stack the series in one bar per bucket (else they stand side by side). */
  stacked: boolean;
  /** The run's start, which the axis counts from. */
  start: number;
  /** The span the axis covers, which sets its tick format. */
  spanMs: number;
  height: number;
  maxBarSize: number;
  formatValue: (value: number) => string;
}

/** Values per time bucket as bars, one colour per series, with a tooltip naming each. */
export function BarSeriesChart({
  rows,
  series,
  stacked,
  start,
  spanMs,
  height,
  maxBarSize,
  formatValue,
}: BarSeriesChartProps) {
  const names = new Map(series.map((s) => [s.key, s.name]));
  const tick = offsetTick(start, Math.max(spanMs, 120_000));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...rows]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" tickFormatter={tick} minTickGap={24} {...AXIS_STYLE} />
        <YAxis tickFormatter={formatValue} width={64} allowDecimals={false} {...AXIS_STYLE} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={stacked ? 'bars' : undefined}
            fill={s.color}
            maxBarSize={maxBarSize}
            isAnimationActive={false}
          />
        ))}
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'var(--mantine-color-default-hover)', fillOpacity: 0.5 }}
          labelFormatter={(label) => (typeof label === 'number' ? formatOffset(label, start) : '')}
          formatter={(value, key) => [
            typeof value === 'number' ? formatValue(value) : '',
            names.get(String(key)) ?? String(key),
          ]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
