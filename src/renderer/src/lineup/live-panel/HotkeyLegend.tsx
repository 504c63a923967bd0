import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SLOT_KEYS, UNPIN_KEY } from '../../live-run/use-live-hotkeys';

/** The live hotkeys in one line: "1–9 pin slot · U unpin". */
export function HotkeyLegend({ slots }: { slots: number }) {
  const { t } = useTranslation();
  const last = Math.min(slots, SLOT_KEYS);
  return (
    <Group gap={6} wrap="nowrap" role="note" aria-label={t('live.hotkeys.legend')}>
      <Text size="xs" c="dimmed">
        {t('live.hotkeys.legend')}
      </Text>
      {last > 0 && (
        <Text size="xs" component="span">
          <Kbd size="xs">1</Kbd>
          {last > 1 && (
            <>
              –<Kbd size="xs">{last}</Kbd>
            </>
          )}{' '}
          {t('live.hotkeys.pinSlot')}
        </Text>
      )}
      <Text size="xs" component="span">
        <Kbd size="xs">{UNPIN_KEY.toUpperCase()}</Kbd> {t('live.hotkeys.unpin')}
      </Text>
    </Group>
  );
}
