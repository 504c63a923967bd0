import { ActionIcon, Popover, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEXT_SCALES, type HostPrefs } from './host-prefs';

interface HostDisplayMenuProps {
  prefs: HostPrefs;
  onChange: (change: Partial<HostPrefs>) => void;
}

/** As tall as the header's show name and badges are large: in parts of the window's height. */
const BUTTON_SIZE = {
  width: '5vh',
  height: '5vh',
  minWidth: '5vh',
  minHeight: '5vh',
  borderRadius: '0.8vh',
} as const;

/** The host view's display settings: mirror, text size, high contrast (remembered per show). */
export function HostDisplayMenu({ prefs, onChange }: HostDisplayMenuProps) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="default"
          aria-label={t('host.display.label')}
          title={t('host.display.label')}
          data-testid="host-display-menu"
          style={BUTTON_SIZE}
        >
          <IconAdjustments style={{ width: '60%', height: '60%' }} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Switch
            label={t('host.display.mirror')}
            checked={prefs.mirror}
            onChange={(event) => onChange({ mirror: event.currentTarget.checked })}
          />
          <Switch
            label={t('host.display.highContrast')}
            checked={prefs.highContrast}
            onChange={(event) => onChange({ highContrast: event.currentTarget.checked })}
          />
          <div>
            <Text size="sm" id="host-text-size-label">
              {t('host.display.textSize')}
            </Text>
            <SegmentedControl
              aria-labelledby="host-text-size-label"
              value={String(prefs.textScale)}
              onChange={(value) => onChange({ textScale: Number(value) })}
              data={TEXT_SCALES.map((scale) => ({
                value: String(scale),
                label: `${Math.round(scale * 100)}%`,
              }))}
            />
          </div>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
