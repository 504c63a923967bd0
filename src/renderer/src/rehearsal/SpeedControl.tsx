import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSpeed } from '../../../shared/format/numbers';
import { SPEEDS, nearestSpeed } from './logic/speed-options';

interface SpeedControlProps {
  value: number;
  onChange: (speed: number) => void;
  disabled?: boolean;
}

/** Show time against wall time, 1× to 20×, as a labelled segmented control. */
export function SpeedControl({ value, onChange, disabled }: SpeedControlProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Input.Label component="div" id={labelId}>
        {t('rehearsal.speed.label')}
      </Input.Label>
      <SegmentedControl
        aria-labelledby={labelId}
        value={String(nearestSpeed(value))}
        onChange={(next) => onChange(Number(next))}
        disabled={disabled}
        data={SPEEDS.map((speed) => ({
          value: String(speed),
          label: formatSpeed(speed, i18n.language),
        }))}
      />
    </Stack>
  );
}
