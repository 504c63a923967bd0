import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunKind } from '../../../shared/model/live';

/** REHEARSAL (amber) or LIVE (red), as the header's mode badge marks the open run. */
export function RunKindBadge({ kind, size = 'md' }: { kind: RunKind; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      variant="filled"
      color={kind === 'rehearsal' ? 'yellow.5' : 'red.9'}
      c={kind === 'rehearsal' ? 'black' : 'white'}
      data-testid="run-kind"
      data-kind={kind}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`review.kind.${kind}`)}
    </Badge>
  );
}
