import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RehearsalPreset } from '../../../shared/model/rehearsal';
import { useApiQuery } from '../api/use-api-query';
import { formatCount } from '../../../shared/format/numbers';

/** The chosen audience's figures: "Calm show: 3,000 viewers at the peak · 45 min show". */
export function PresetDetail({ preset }: { preset: RehearsalPreset }) {
  const { t, i18n } = useTranslation();
  const presets = useApiQuery('rehearsal.presets', {});
  const chosen = presets.data?.find((info) => info.id === preset);
  return (
    <Text size="xs" c="dimmed" mih={18} data-testid="preset-detail">
      {chosen
        ? t('rehearsal.setup.presetDetail', {
            preset: t(`rehearsal.preset.${preset}`),
            viewers: formatCount(chosen.peakViewers, i18n.language),
            minutes: chosen.showMinutes,
          })
        : ''}
    </Text>
  );
}
