import { useMemo, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Timeline, TimelineMarker } from '../../../shared/model/review';
import { AXIS_STYLE, GRID_STROKE, TOOLTIP_STYLE, offsetTick } from './logic/chart-axis';
import {
  OUTAGE_COLOR,
  categoryColor,
  markerCategory,
  type MarkerCategory,
} from './logic/chart-colors';
import { formatOffset } from './logic/review-format';
import { evenTimes, linkOutages, seriesKey, stockRows } from './logic/timeline-data';
import type { Range } from './use-zoom-range';

interface StockChartProps {
  timeline: Timeline;
  /** The run's start: times are shown as time since then. */
  start: number;
  range: Range;
  colorOf: (sku: string) => string;
  nameOf: (sku: string) => string;
  shownCategories: ReadonlySet<MarkerCategory>;
  /** A window dragged across the chart. */
  onSelect: (range: Range) => void;
  formatStock: (value: number) => string;
  /** Products with their sell-out time: a dot on the axis at that moment. */
  soldOut: readonly { sku: string; soldOutAt: number | null }[];
}

/** Rows spread evenly over the window, so that the tooltip and a drag find a moment anywhere. */
const POINTER_STEPS = 240;

/** At most this many marker lines are drawn; the table lists them all. */
const DRAWN_MARKERS = 300;

function drawnMarkers(markers: readonly TimelineMarker[], shown: ReadonlySet<MarkerCategory>) {
  return markers
    .map((marker) => ({ marker, category: markerCategory(marker) }))
    .filter(
      (item): item is { marker: TimelineMarker; category: MarkerCategory } =>
        item.category !== null && shown.has(item.category),
    )
    .slice(0, DRAWN_MARKERS);
}

function labelNumber(label: unknown): number | null {
  return typeof label === 'number' ? label : null;
}

/**
 * Stock of each product over the window (step lines), pinned intervals shaded in the product's
 * colour, link outages shaded red, and the other markers as dashed lines. Dragging across the
 * chart selects a window to zoom into.
 */
export function StockChart({
  timeline,
  start,
  range,
  colorOf,
  nameOf,
  shownCategories,
  onSelect,
  formatStock,
  soldOut,
}: StockChartProps) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const rows = useMemo(
    () => stockRows(timeline.series, evenTimes(timeline.from, timeline.to, POINTER_STEPS)),
    [timeline],
  );
  const tick = offsetTick(start, range.to - range.from);
  const names = new Map(timeline.series.map((s, index) => [seriesKey(index), nameOf(s.sku)]));

  const finishDrag = () => {
    if (drag && Math.abs(drag.to - drag.from) > 0) {
      onSelect({ from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) });
    }
    setDrag(null);
  };

  return (
    <ResponsiveContainer width="100%" height={360}>
      <ComposedChart
        data={rows}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
        onMouseDown={(state) => {
          const at = labelNumber(state.activeLabel);
          if (at !== null) setDrag({ from: at, to: at });
        }}
        onMouseMove={(state) => {
          const at = labelNumber(state.activeLabel);
          if (drag && at !== null) setDrag({ from: drag.from, to: at });
        }}
        onMouseUp={finishDrag}
        onMouseLeave={() => setDrag(null)}
        style={{ userSelect: 'none' }}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          domain={[range.from, range.to]}
          allowDataOverflow
          tickFormatter={tick}
          tickCount={8}
          {...AXIS_STYLE}
        />
        <YAxis tickFormatter={formatStock} width={64} allowDecimals={false} {...AXIS_STYLE} />
        {timeline.pins.map((pin) => (
          <ReferenceArea
            key={`pin-${pin.sku}-${pin.from}-${pin.to}`}
            x1={pin.from}
            x2={pin.to}
            fill={colorOf(pin.sku)}
            fillOpacity={0.14}
            ifOverflow="hidden"
          />
        ))}
        {shownCategories.has('link') &&
          linkOutages(timeline.markers, timeline.to).map((outage) => (
            <ReferenceArea
              key={`outage-${outage.from}-${outage.to}`}
              x1={outage.from}
              x2={outage.to}
              fill={OUTAGE_COLOR}
              fillOpacity={0.25}
              ifOverflow="hidden"
            />
          ))}
        {drawnMarkers(timeline.markers, shownCategories).map(({ marker, category }, index) => (
          <ReferenceLine
            key={`marker-${marker.seq}-${marker.type}-${index}`}
            x={marker.at}
            stroke={categoryColor(category)}
            strokeDasharray="4 3"
            strokeWidth={1.5}
            ifOverflow="hidden"
          />
        ))}
        {timeline.series.map((series, index) => (
          <Line
            key={series.sku}
            dataKey={seriesKey(index)}
            name={nameOf(series.sku)}
            type="stepAfter"
            stroke={colorOf(series.sku)}
            strokeWidth={2}
            dot={false}
            activeDot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        {soldOut.map(({ sku, soldOutAt }) =>
          soldOutAt === null ? null : (
            <ReferenceDot
              key={`sold-out-${sku}`}
              x={soldOutAt}
              y={0}
              r={6}
              fill={colorOf(sku)}
              stroke="var(--mantine-color-body)"
              strokeWidth={2}
              ifOverflow="hidden"
            />
          ),
        )}
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(label) => (typeof label === 'number' ? formatOffset(label, start) : '')}
          formatter={(value, key) => [
            typeof value === 'number' ? formatStock(value) : '',
            names.get(String(key)) ?? String(key),
          ]}
        />
        {drag && (
          <ReferenceArea
            x1={drag.from}
            x2={drag.to}
            fill="var(--mantine-color-blue-4)"
            fillOpacity={0.2}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
