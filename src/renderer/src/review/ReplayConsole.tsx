import { Badge, Paper, SimpleGrid, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunKind } from '../../../shared/model/live';
import type { ReplayState } from '../../../shared/model/review';
import { showStateText } from '../live-run/logic/show-state-badge';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatCount } from '../../../shared/format/numbers';
import { linkReasonText } from '../../../shared/format/link-note-text';

const LINK_COLOR: Record<ReplayState['link']['state'], MantineColor> = {
  connected: 'green',
  reconnecting: 'orange',
  offline: 'gray',
  stale: 'red',
  unknown: 'gray',
};

function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" mb={2}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

interface ReplayConsoleProps {
  state: ReplayState;
  runKind: RunKind;
  nameOf: ProductNamer;
}

/** The console's header at the replayed moment: show, link, viewers, pin, talking point. */
export function ReplayConsole({ state, runKind, nameOf }: ReplayConsoleProps) {
  const { t, i18n } = useTranslation();
  const pinned = state.products.find((product) => product.sku === state.pin.sku);
  const linkState = state.link.state;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Cell label={t('review.replay.show')}>
        <Text fw={600} data-testid="replay-show-state">
          {showStateText(t, state.showState, runKind)}
        </Text>
      </Cell>
      <Cell label={t('review.replay.link')}>
        <Badge color={LINK_COLOR[linkState]} variant="light" data-testid="replay-link">
          {linkState === 'unknown'
            ? t('review.replay.linkUnknown')
            : t(`live.link.state.${linkState}`)}
        </Badge>
        {state.link.reason && (
          <Text size="xs" c="dimmed" mt={4} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {linkReasonText(state.link.reason, i18n.language)}
          </Text>
        )}
      </Cell>
      <Cell label={t('review.replay.viewers')}>
        <Text fw={600}>{formatCount(state.viewers, i18n.language)}</Text>
      </Cell>
      <Cell label={t('review.replay.pin')}>
        <Text fw={600} data-testid="replay-pin">
          {pinned
            ? nameOf(pinned.sku, pinned.name)
            : (state.pin.sku ?? t('review.replay.nothingPinned'))}
        </Text>
      </Cell>
      <Paper withBorder p="xs" radius="sm" style={{ gridColumn: '1 / -1' }}>
        <Text size="xs" c="dimmed" mb={2}>
          {t('review.replay.talkingPoint')}
        </Text>
        <Text size="lg" data-testid="replay-talking-point" style={{ whiteSpace: 'pre-wrap' }}>
          {state.talkingPoint === null
            ? t('review.replay.noTalkingPoint')
            : (state.talkingPoint.text ?? t('review.replay.removedPoint'))}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}
