import { NavLink } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHash, type Route } from '../app/route';

/** The navigation entry of the run list and the review of past runs. */
export function RunsNavLink({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <NavLink
      href={routeHash({ screen: 'runs' })}
      label={t('nav.runs')}
      leftSection={<IconTimeline size={18} aria-hidden />}
      active={route.screen === 'runs' || route.screen === 'run'}
      aria-current={route.screen === 'runs' ? 'page' : undefined}
    />
  );
}
