import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../shared/collections/one-of';
import type { RehearsalPreset } from '../../../shared/model/rehearsal';
import { REHEARSAL_PRESETS } from '../../../shared/model/rehearsal-values';

interface PresetControlProps {
  value: RehearsalPreset;
  onChange: (preset: RehearsalPreset) => void;
}

/** The simulated audience: a calm show or the 618 evening. */
export function PresetControl({ value, onChange }: PresetControlProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Input.Label component="div" id={labelId}>
        {t('rehearsal.setup.preset')}
      </Input.Label>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={(next) => {
          if (isOneOf(REHEARSAL_PRESETS, next)) onChange(next);
        }}
        data={REHEARSAL_PRESETS.map((id) => ({ value: id, label: t(`rehearsal.preset.${id}`) }))}
      />
    </Stack>
  );
}
