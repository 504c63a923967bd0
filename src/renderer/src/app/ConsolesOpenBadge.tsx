import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../shared/format/numbers';
import { useConsolesOpen } from './use-consoles-open';

/** "2 consoles open" in the header while more than this console drives the same core. */
export function ConsolesOpenBadge() {
  const { t, i18n } = useTranslation();
  const count = useConsolesOpen();
  if (count < 2) return null;
  return (
    <Badge color="grape" variant="light" role="status" data-testid="consoles-open">
      {t('app.consolesOpen', { count, number: formatCount(count, i18n.language) })}
    </Badge>
  );
}
