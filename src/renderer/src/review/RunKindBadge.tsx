import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunKind } from '../../../shared/model/live';

/** REHEARSAL or LIVE, in colours that cannot be mistaken for each other. */
export function RunKindBadge({ kind, size = 'md' }: { kind: RunKind; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      variant="filled"
      color={kind === 'rehearsal' ? 'orange.9' : 'red.9'}
      data-testid="run-kind"
      data-kind={kind}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`review.kind.${kind}`)}
    </Badge>
  );
}
