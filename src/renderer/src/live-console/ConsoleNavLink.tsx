import { NavLink } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHash, type Route } from '../app/route';

/** The navigation entry of the live console. */
export function ConsoleNavLink({ route }: { route: Route }) {
  const { t } = useTranslation();
  const here = route.screen === 'live';
  return (
    <NavLink
      href={routeHash({ screen: 'live' })}
      label={t('console.nav')}
      leftSection={<IconBroadcast size={18} aria-hidden />}
      active={here}
      aria-current={here ? 'page' : undefined}
    />
  );
}
