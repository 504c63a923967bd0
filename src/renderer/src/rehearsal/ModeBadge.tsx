import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRunMode } from './use-run-mode';

/** The header's mark of the open run: REHEARSAL (amber) or LIVE (red); nothing without a run. */
export function ModeBadge() {
  const { t } = useTranslation();
  const mode = useRunMode();
  if (mode === null) return null;
  const rehearsal = mode === 'rehearsal';
  return (
    <Badge
      size="lg"
      radius="sm"
      variant="filled"
      color={rehearsal ? 'yellow.5' : 'red.9'}
      c={rehearsal ? 'black' : 'white'}
      data-testid="mode-badge"
      data-mode={mode}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {rehearsal ? t('rehearsal.mode.rehearsal') : t('rehearsal.mode.live')}
    </Badge>
  );
}
