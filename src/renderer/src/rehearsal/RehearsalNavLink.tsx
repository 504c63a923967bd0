import { NavLink } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHash, type Route } from '../app/route';
import { useLiveSelect } from '../live-run/use-live';

/** While a rehearsal run is open: the way back to the rehearsed show from any screen. */
export function RehearsalNavLink({ route }: { route: Route }) {
  const { t } = useTranslation();
  const showId = useLiveSelect((header) =>
    header?.run.kind === 'rehearsal' ? header.run.showId : null,
  );
  if (showId === null) return null;
  const here = route.screen === 'show' && route.showId === showId;
  return (
    <NavLink
      href={routeHash({ screen: 'show', showId })}
      label={t('rehearsal.nav')}
      description={t('rehearsal.navHint')}
      leftSection={<IconPlayerPlay size={18} aria-hidden />}
      color="yellow"
      active={here}
      variant="subtle"
    />
  );
}
