import { Badge, Group, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/model/live';
import { formatDuration, readsAsNow } from '../../../shared/format/durations';
import { formatDecimal } from '../../../shared/format/numbers';
import { freshnessOf, silentSecondsOf } from '../live-run/use-freshness';
import { useLinkFigures, useLiveSelect } from '../live-run/use-live';

const STATE_COLOR: Record<LinkState, MantineColor> = {
  connected: 'green',
  reconnecting: 'orange',
  offline: 'gray',
};

/**
 * The link's figures in one line (as the live console's strip shows them, paced alike): a
 * component of its own, so that only it follows them.
 */
function LinkDetails() {
  const { t, i18n } = useTranslation();
  const lastEventText = (age: number | null): string => {
    if (age === null) return t('live.link.noEvent');
    if (readsAsNow(age)) return t('live.link.lastEventNow');
    return t('live.link.lastEvent', { age: formatDuration(age, i18n.language) });
  };
  return useLinkFigures((figures) => {
    if (figures === null) return '';
    return [
      t('live.link.pending', { count: figures.commandsPending }),
      lastEventText(figures.lastEventAgeMs),
      t('live.link.eventsPerSecond', {
        rate: formatDecimal(figures.eventsPerSecond, i18n.language),
      }),
    ].join(' · ');
  });
}

/**
 * The link to the sale server while a run is open: its state (announced when it changes), the
 * commands waiting for an acknowledgement, the age of the last server event and the event rate.
 * A stale link (connected, but silent for more than 2 s) shows in red with the seconds of
 * silence, at every window size.
 */
export function LinkStatusIndicator() {
  const { t } = useTranslation();
  const state = useLiveSelect((header) => header?.link.state ?? null);
  const stale = useLiveSelect((header) => freshnessOf(header?.link) === 'stale');
  const silentSeconds = useLiveSelect((header) => silentSecondsOf(header?.link));
  if (state === null) return null;
  return (
    <Group gap={8} wrap="nowrap" role="group" aria-label={t('live.link.label')}>
      <Badge
        color={stale ? 'red' : STATE_COLOR[state]}
        variant={stale ? 'filled' : 'light'}
        role="status"
        data-state={stale ? 'stale' : state}
        data-testid="link-badge"
        style={{ flexShrink: 0, overflow: 'visible' }}
      >
        {stale
          ? t('live.link.staleFor', { seconds: silentSeconds ?? 0 })
          : t('live.link.stateNamed', { state: t(`live.link.state.${state}`) })}
      </Badge>
      <Text
        size="xs"
        c="dimmed"
        data-testid="link-details"
        visibleFrom="lg"
        style={{ whiteSpace: 'nowrap' }}
      >
        <LinkDetails />
      </Text>
    </Group>
  );
}
