import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The header's choice of a light or a dark console (dark unless chosen; Mantine keeps the choice
 * in this machine's local storage). The host view keeps its own black stage in either scheme.
 */
export function ColorSchemeSwitch() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const light = useComputedColorScheme('dark') === 'light';
  const label = t('colorScheme.light');
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="default"
        size="lg"
        role="switch"
        aria-checked={light}
        aria-label={label}
        onClick={() => setColorScheme(light ? 'dark' : 'light')}
        data-testid="color-scheme-switch"
      >
        {light ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
