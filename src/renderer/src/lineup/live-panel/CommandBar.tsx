import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconPinnedOff, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../shared/format/numbers';
import { HotkeyLegend } from './HotkeyLegend';
import { useLiveActions } from '../../live-run/logic/live-actions';
import { isPaused } from '../../live-run/logic/run-clock';
import { showStateBadge } from '../../live-run/logic/show-state-badge';
import { useLiveSelect } from '../../live-run/use-live';
import { useRehearsalState } from '../../rehearsal/rehearsal-state-context';

/**
 * The show-wide commands of the open run: its state on the server (marked while a change is
 * pending; red only when a live run is on air; PAUSED while its rehearsal is), the audience, start, end (confirmed) and unpin,
 * with the hotkey legend.
 */
export function CommandBar({ slots }: { slots: number }) {
  const { t, i18n } = useTranslation();
  const actions = useLiveActions();
  const state = useLiveSelect((header) => header?.showState ?? 'planned');
  const shown = useLiveSelect((header) => header?.displayShowState ?? 'planned');
  const kind = useLiveSelect((header) => header?.run.kind ?? 'live');
  const viewers = useLiveSelect((header) => header?.viewers ?? 0);
  const pinned = useLiveSelect((header) => header?.displayPin.sku ?? null);
  const runId = useLiveSelect((header) => header?.run.id ?? null);
  const { state: rehearsal } = useRehearsalState();
  const badge = showStateBadge(shown, kind, isPaused(runId, rehearsal));
  const stateText = t(`live.show.badge.${badge.text}`);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('live.show.label')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <Badge
            color={badge.color}
            c={badge.textColor}
            variant="filled"
            size="lg"
            data-testid="show-state"
            data-run-kind={kind}
          >
            {shown === state ? stateText : t('live.show.statePending', { state: stateText })}
          </Badge>
          <Text size="sm">
            {t('live.show.viewers', {
              count: viewers,
              formatted: formatCount(viewers, i18n.language),
            })}
          </Text>
          {shown === 'planned' && (
            <Button
              size="sm"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => actions.open({ kind: 'startShow' })}
            >
              {t('live.show.start')}
            </Button>
          )}
          {shown === 'live' && (
            <Button
              size="sm"
              color="red"
              variant="outline"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              onClick={() => actions.open({ kind: 'endShow' })}
            >
              {t('live.show.end')}
            </Button>
          )}
          {pinned !== null && (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPinnedOff size={16} aria-hidden />}
              onClick={() => actions.unpin()}
            >
              {t('live.show.unpin')}
            </Button>
          )}
        </Group>
        <HotkeyLegend slots={slots} />
      </Group>
    </Paper>
  );
}
