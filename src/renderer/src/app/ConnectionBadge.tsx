import { Badge, type MantineStyleProp } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/api-context';

/**
 * Says so in the header while the window's link to the core is down (socket or core process);
 * `style` sizes it for a header whose type scales with the window (the host view's).
 */
export function ConnectionBadge({ style }: { style?: MantineStyleProp }) {
  const { t } = useTranslation();
  const { status } = useConnection();
  if (status === 'open') return null;
  return (
    <Badge color="orange" variant="outline" role="status" style={style}>
      {status === 'connecting' ? t('connection.connecting') : t('connection.reconnecting')}
    </Badge>
  );
}
