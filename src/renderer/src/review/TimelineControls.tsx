import { ActionIcon, Button, Group, RangeSlider, Text, Tooltip } from '@mantine/core';
import {
  IconArrowsHorizontal,
  IconChevronLeft,
  IconChevronRight,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTenths } from '../../../shared/format/durations';
import { formatOffset } from './logic/review-format';
import { MIN_SPAN_MS, type Range, type ZoomRange } from './use-zoom-range';

interface TimelineControlsProps {
  bounds: Range;
  zoom: ZoomRange;
}

/** Zoom and pan: a range slider over the whole run, and buttons for keyboard and mouse alike. */
export function TimelineControls({ bounds, zoom }: TimelineControlsProps) {
  const { t } = useTranslation();
  const whole = bounds.to - bounds.from;
  const step = Math.max(1, Math.round(whole / 2000));
  const { range } = zoom;
  const icon = (label: string, onClick: () => void, child: ReactNode, disabled = false) => (
    <Tooltip label={label}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={label}
        onClick={onClick}
        disabled={disabled}
      >
        {child}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group gap="md" align="center" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        {icon(
          t('review.timeline.zoomIn'),
          () => zoom.zoom(0.5),
          <IconZoomIn size={18} aria-hidden />,
          range.to - range.from <= MIN_SPAN_MS,
        )}
        {icon(
          t('review.timeline.zoomOut'),
          () => zoom.zoom(2),
          <IconZoomOut size={18} aria-hidden />,
          zoom.isWhole,
        )}
        {icon(
          t('review.timeline.panLeft'),
          () => zoom.pan(-0.5),
          <IconChevronLeft size={18} aria-hidden />,
          range.from <= bounds.from,
        )}
        {icon(
          t('review.timeline.panRight'),
          () => zoom.pan(0.5),
          <IconChevronRight size={18} aria-hidden />,
          range.to >= bounds.to,
        )}
        <Button
          variant="default"
          leftSection={<IconArrowsHorizontal size={18} aria-hidden />}
          onClick={zoom.reset}
          disabled={zoom.isWhole}
        >
          {t('review.timeline.wholeRun')}
        </Button>
      </Group>
      <RangeSlider
        style={{ flex: 1 }}
        min={0}
        max={Math.max(whole, 1)}
        step={step}
        minRange={Math.min(MIN_SPAN_MS, whole)}
        value={[range.from - bounds.from, range.to - bounds.from]}
        onChange={([from, to]) => zoom.set({ from: bounds.from + from, to: bounds.from + to })}
        label={(value) => `+${formatClockTenths(value)}`}
        thumbFromLabel={t('review.timeline.windowStart')}
        thumbToLabel={t('review.timeline.windowEnd')}
      />
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="timeline-window">
        {t('review.timeline.windowText', {
          from: formatOffset(range.from, bounds.from),
          to: formatOffset(range.to, bounds.from),
        })}
      </Text>
    </Group>
  );
}
