import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Timeline } from '../../../shared/model/review';
import { AXIS_STYLE, GRID_STROKE, TOOLTIP_STYLE, offsetTick } from './chart-axis';
import { formatOffset } from './review-format';

interface CommentsChartProps {
  timeline: Timeline;
  start: number;
  labels: { comments: string; questions: string };
  formatCount: (value: number) => string;
}

/** Viewer comments per minute, the questions among them beside. */
export function CommentsChart({ timeline, start, labels, formatCount }: CommentsChartProps) {
  const tick = offsetTick(start, Math.max(timeline.to - timeline.from, 120_000));
  const names: Record<string, string> = labels;
  return (
    <ResponsiveContainer width="100%" height={160}>
      <BarChart
        data={timeline.comments}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" tickFormatter={tick} minTickGap={24} {...AXIS_STYLE} />
        <YAxis tickFormatter={formatCount} width={64} allowDecimals={false} {...AXIS_STYLE} />
        <Bar
          dataKey="comments"
          name={labels.comments}
          fill="var(--mantine-color-gray-5)"
          maxBarSize={40}
          isAnimationActive={false}
        />
        <Bar
          dataKey="questions"
          name={labels.questions}
          fill="var(--mantine-color-yellow-5)"
          maxBarSize={40}
          isAnimationActive={false}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'var(--mantine-color-dark-5)', fillOpacity: 0.5 }}
          labelFormatter={(label) => (typeof label === 'number' ? formatOffset(label, start) : '')}
          formatter={(value, key) => [
            typeof value === 'number' ? formatCount(value) : '',
            names[String(key)] ?? String(key),
          ]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
