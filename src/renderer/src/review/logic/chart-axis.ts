import { formatClock, formatClockTenths } from '../../../../shared/format/durations';

/** Tick labels of a time axis: time since the run's start, tenths only for short windows. */
export function offsetTick(start: number, span: number): (at: number) => string {
  const tenths = span < 120_000;
  const format = tenths ? formatClockTenths : formatClock;
  return (at) => `+${format(at - start)}`;
}

/** Shared look of the charts' tooltips, in either colour scheme. */
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 4,
    color: 'var(--mantine-color-text)',
  },
  labelStyle: { color: 'var(--mantine-color-dimmed)' },
} as const;

export const AXIS_STYLE = {
  stroke: 'light-dark(var(--mantine-color-gray-6), var(--mantine-color-dark-2))',
  tick: { fill: 'var(--mantine-color-dimmed)', fontSize: 12 },
} as const;

export const GRID_STROKE = 'light-dark(var(--mantine-color-gray-3), var(--mantine-color-dark-5))';
