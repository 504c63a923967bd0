import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/api-context';

/** Says so in the header while the window's link to the core is down (socket or core process). */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const { status } = useConnection();
  if (status === 'open') return null;
  return (
    <Badge color="orange" variant="outline" role="status">
      {status === 'connecting' ? t('connection.connecting') : t('connection.reconnecting')}
    </Badge>
  );
}
