import { NavLink } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHash, type Route } from '../app/route';
import { useStorageState } from './use-storage-state';

/** The navigation entry of the data folder screen; red while the database is damaged. */
export function StorageNavLink({ route }: { route: Route }) {
  const { t } = useTranslation();
  const damaged = useStorageState().data?.integrity.status === 'damaged';
  return (
    <NavLink
      href={routeHash({ screen: 'storage' })}
      label={t('nav.storage')}
      description={damaged ? t('storage.damagedShort') : undefined}
      color={damaged ? 'red' : undefined}
      c={damaged ? 'red' : undefined}
      leftSection={<IconDatabase size={18} aria-hidden />}
      active={route.screen === 'storage' || damaged}
      aria-current={route.screen === 'storage' ? 'page' : undefined}
    />
  );
}
