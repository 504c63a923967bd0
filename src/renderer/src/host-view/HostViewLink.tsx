import { NavLink } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../app/notify';
import { useOpenHostView } from './open-host-view';

/** The navigation entry that opens the host view in a window (or tab) of its own. */
export function HostViewLink() {
  const { t } = useTranslation();
  const open = useOpenHostView();
  return (
    <NavLink
      component="button"
      type="button"
      label={t('nav.hostView')}
      description={t('nav.hostViewHint')}
      leftSection={<IconExternalLink size={18} aria-hidden />}
      onClick={() => {
        open().catch((error: unknown) => notifyError(error, (t) => t('nav.hostViewFailed')));
      }}
    />
  );
}
