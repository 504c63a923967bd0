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

/** The settings' type and controls, in parts of the window's height like the button. */
const DROPDOWN = { padding: '2vh', borderRadius: '0.8vh' } as const;
const SWITCH = {
  '--switch-height': '3.2vh',
  '--switch-width': '6vh',
  '--switch-thumb-size': '2.6vh',
  '--switch-radius': '1.6vh',
  '--label-offset-start': '1.4vh',
} as const;
/** A switch's label (Mantine sets its size on the switch's root from its own size prop). */
const SWITCH_LABEL = { labelWrapper: { fontSize: '2.4vh', lineHeight: '3.2vh' } } as const;
const SEGMENTS = {
  '--sc-font-size': '2.2vh',
  '--sc-padding': '0.8vh 1.8vh',
  '--sc-radius': '0.8vh',
} as const;

/** The host view's display settings: mirror, text size, high contrast (remembered per show). */
export function HostDisplayMenu({ prefs, onChange }: HostDisplayMenuProps) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md">
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
      <Popover.Dropdown style={DROPDOWN}>
        <Stack style={{ gap: '2vh' }}>
          <Switch
            style={SWITCH}
            styles={SWITCH_LABEL}
            label={t('host.display.mirror')}
            checked={prefs.mirror}
            onChange={(event) => onChange({ mirror: event.currentTarget.checked })}
          />
          <Switch
            style={SWITCH}
            styles={SWITCH_LABEL}
            label={t('host.display.highContrast')}
            checked={prefs.highContrast}
            onChange={(event) => onChange({ highContrast: event.currentTarget.checked })}
          />
          <div>
            <Text id="host-text-size-label" style={{ fontSize: '2.2vh', marginBottom: '0.8vh' }}>
              {t('host.display.textSize')}
            </Text>
            <SegmentedControl
              style={SEGMENTS}
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
