import { Badge, Group, Stack, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RehearsalState, RehearsalStatus } from '../../../shared/model/rehearsal';
import { formatCount } from '../../../shared/format/numbers';
import { formatClock } from '../../../shared/format/durations';
import { formatSpeed } from '../../../shared/format/numbers';
import { useLiveSelect } from '../live-run/use-live';

/** Gray for the states in between. */
const STATUS_COLOR: Partial<Record<RehearsalStatus, MantineColor>> = {
  running: 'green',
  paused: 'orange',
};

function Figure({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </Stack>
  );
}

/**
 * The running rehearsal at a glance: status, simulated clock, audience, speed and demand, with
 * what only the crowd knows (orders sent and refused). Units sold are the cards' (the server's
 * events); a second count here, a beat behind them, would contradict them mid-burst.
 */
export function RehearsalFigures({ state }: { state: RehearsalState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The audience the show bar and the host view show (the server's), not a state beat behind it.
  const viewers = useLiveSelect((header) => header?.viewers ?? null) ?? state.viewers;
  const demand =
    state.demand.type === 'model'
      ? t('rehearsal.run.demandModel', {
          preset: t(`rehearsal.preset.${state.demand.preset}`),
          seed: state.seed,
        })
      : t('rehearsal.run.demandReplay', { runId: state.demand.runId, seed: state.seed });
  const effective =
    state.status === 'running' && Math.abs(state.effectiveSpeed - state.speed) >= 0.5
      ? ` ${t('rehearsal.run.effective', { speed: formatSpeed(state.effectiveSpeed, language) })}`
      : '';
  return (
    <Group gap="xl" align="flex-end" wrap="wrap">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {t('rehearsal.run.status')}
        </Text>
        <Badge
          color={STATUS_COLOR[state.status] ?? 'gray'}
          variant="light"
          size="lg"
          role="status"
          data-testid="rehearsal-status"
          data-status={state.status}
        >
          {t(`rehearsal.status.${state.status}`)}
        </Badge>
      </Stack>
      <Figure label={t('rehearsal.run.showTime')} testId="rehearsal-clock">
        {formatClock(state.simulatedMs)}
      </Figure>
      <Figure label={t('rehearsal.run.viewers')} testId="rehearsal-viewers">
        {formatCount(viewers, language)}
      </Figure>
      <Figure label={t('rehearsal.run.speed')} testId="rehearsal-speed">
        {formatSpeed(state.speed, language)}
        {effective}
      </Figure>
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {t('rehearsal.run.demand')}
        </Text>
        <Text size="sm" data-testid="rehearsal-demand">
          {demand}
        </Text>
        <Text size="xs" c="dimmed">
          {t('rehearsal.run.orders', {
            sent: formatCount(state.crowd.sent, language),
            refused: formatCount(state.crowd.refused, language),
          })}
        </Text>
      </Stack>
    </Group>
  );
}
