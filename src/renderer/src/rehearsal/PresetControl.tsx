import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RehearsalPreset } from '../../../shared/model/rehearsal';

/** Calm first (zod's enum lists the numeric-looking '618' first). */
const PRESETS: readonly RehearsalPreset[] = ['calm', '618'];

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
          const parsed = RehearsalPreset.safeParse(next);
          if (parsed.success) onChange(parsed.data);
        }}
        data={PRESETS.map((id) => ({ value: id, label: t(`rehearsal.preset.${id}`) }))}
      />
    </Stack>
  );
}
