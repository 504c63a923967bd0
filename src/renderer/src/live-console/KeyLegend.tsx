import { memo } from 'react';
import { Button, Group, Kbd, Popover, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SLOT_KEYS, UNPIN_KEY } from '../live-run/use-live-hotkeys';
import { CONSOLE_KEYS } from './logic/console-keys';

function Key({ keys, children }: { keys: ReactNode; children: string }) {
  return (
    <Text size="xs" component="span" style={{ whiteSpace: 'nowrap' }}>
      {keys} {children}
    </Text>
  );
}

const kbd = (value: string) => <Kbd size="xs">{value.toUpperCase()}</Kbd>;

/**
 * Every key of the console in a few lines, so nobody has to remember them (under the talking
 * points where the desk is tall enough).
 */
export const KeyLegend = memo(Legend);

/**
 * The key legend behind a "Keys" button, for a laptop screen: the status strip holds it beside the
 * command palette's, so that it takes no row of the side column's height.
 */
export const KeysButton = memo(function KeysButton({
  slots,
  alerting,
}: {
  slots: number;
  /** The strip is red: the button stands out in white, as the palette's. */
  alerting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button
          variant={alerting ? 'white' : 'default'}
          color={alerting ? 'dark' : undefined}
          leftSection={<IconKeyboard size={18} aria-hidden />}
        >
          {t('console.keys.legend')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={340}>
        <Legend slots={slots} />
      </Popover.Dropdown>
    </Popover>
  );
});

function Legend({ slots }: { slots: number }) {
  const { t } = useTranslation();
  const last = Math.min(slots, SLOT_KEYS);
  return (
    <Group gap={10} role="note" aria-label={t('console.keys.legend')} data-testid="key-legend">
      {last > 0 && (
        <Key
          keys={
            <>
              {kbd('1')}
              {last > 1 && <>–{kbd(String(last))}</>}
            </>
          }
        >
          {t('live.hotkeys.pinSlot')}
        </Key>
      )}
      <Key keys={kbd(UNPIN_KEY)}>{t('live.hotkeys.unpin')}</Key>
      <Key keys={kbd(CONSOLE_KEYS.next)}>{t('console.keys.next')}</Key>
      <Key keys={kbd(CONSOLE_KEYS.previous)}>{t('console.keys.previous')}</Key>
      <Key keys={kbd(CONSOLE_KEYS.done)}>{t('console.keys.done')}</Key>
      <Key
        keys={
          <>
            {kbd(CONSOLE_KEYS.fire)} / {kbd(t('console.keys.enter'))}
          </>
        }
      >
        {t('console.keys.fire')}
      </Key>
      <Key keys={kbd(CONSOLE_KEYS.armNext)}>{t('console.keys.armNext')}</Key>
      <Key keys={kbd(t('console.keys.paletteKey'))}>{t('console.keys.palette')}</Key>
    </Group>
  );
}
