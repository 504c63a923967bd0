import { formatClock, formatClockTenths } from '../../../../shared/format/durations';

/** Tick labels of a time axis: time since the run's start, tenths only for short windows. */
export function offsetTick(start: number, span: number): (at: number) => string {
  const tenths = span < 120_000;
  const format = tenths ? formatClockTenths : formatClock;
  return (at) => `+${format(at - start)}`;
}

/** Shared look of the charts' tooltips on the dark theme. */
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: 'var(--mantine-color-dark-7)',
    border: '1px solid var(--mantine-color-dark-4)',
    borderRadius: 4,
    color: 'var(--mantine-color-text)',
  },
  labelStyle: { color: 'var(--mantine-color-dimmed)' },
} as const;

export const AXIS_STYLE = {
  stroke: 'var(--mantine-color-dark-2)',
  tick: { fill: 'var(--mantine-color-dark-1)', fontSize: 12 },
} as const;

export const GRID_STROKE = 'var(--mantine-color-dark-5)';
