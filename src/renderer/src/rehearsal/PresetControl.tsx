import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RehearsalPreset } from '../../../shared/model/rehearsal';
import { useApiQuery } from '../api/use-api-query';
import { formatCount } from '../live/format';

interface PresetControlProps {
  value: RehearsalPreset;
  onChange: (preset: RehearsalPreset) => void;
}

/** The simulated audience: a calm show or the 618 evening, with the chosen one's figures. */
export function PresetControl({ value, onChange }: PresetControlProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const presets = useApiQuery('rehearsal.presets', {});
  const chosen = presets.data?.find((preset) => preset.id === value);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('rehearsal.setup.preset')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        aria-describedby={chosen ? `${labelId}-detail` : undefined}
        value={value}
        onChange={(next) => {
          const parsed = RehearsalPreset.safeParse(next);
          if (parsed.success) onChange(parsed.data);
        }}
        data={RehearsalPreset.options.map((id) => ({
          value: id,
          label: t(`rehearsal.preset.${id}`),
        }))}
      />
      <Text size="xs" c="dimmed" id={`${labelId}-detail`} mih={18}>
        {chosen
          ? t('rehearsal.setup.presetDetail', {
              viewers: formatCount(chosen.peakViewers, i18n.language),
              minutes: chosen.showMinutes,
            })
          : ''}
      </Text>
    </Stack>
  );
}
