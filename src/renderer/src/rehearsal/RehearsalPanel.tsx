import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../shared/model/lineup';
import { routeHash } from '../app/route';
import { useLiveSelect } from '../live-run/use-live';
import { runLabel } from '../review/logic/run-label';
import { LastRehearsalResults } from './LastRehearsalResults';
import { RehearsalRunning } from './RehearsalRunning';
import { RehearsalSetup } from './RehearsalSetup';
import { useRehearsalState } from './rehearsal-state-context';

const AMBER = 'var(--mantine-color-yellow-5)';

/**
 * Rehearsal of the show: choices and start while nothing runs, the running rehearsal's figures
 * and controls (marked as a rehearsal run), or a note when another run is open.
 */
export function RehearsalPanel({ show }: { show: Show }) {
  const showId = show.id;
  const { t, i18n } = useTranslation();
  const { state, loaded } = useRehearsalState();
  const runShowId = useLiveSelect((header) => header?.run.showId ?? null);
  const runKind = useLiveSelect((header) => header?.run.kind ?? null);
  const ours = state !== null && state.showId === showId;

  const body = () => {
    if (!loaded) return <Loader size="sm" aria-label={t('common.loading')} />;
    if (ours) return <RehearsalRunning state={state} />;
    if (state !== null) {
      return (
        <Alert color="yellow" title={t('rehearsal.panel.otherShow')}>
          <Anchor href={routeHash({ screen: 'show', showId: state.showId })} size="sm">
            {t('rehearsal.panel.openOther')}
          </Anchor>
        </Alert>
      );
    }
    if (runShowId !== null && runKind === 'live') {
      return (
        <Alert color="red" title={t('rehearsal.panel.liveOpen')}>
          <Text size="sm">{t('rehearsal.panel.liveOpenDetail')}</Text>
        </Alert>
      );
    }
    if (runShowId !== null) {
      return <Text size="sm">{t('rehearsal.panel.closing')}</Text>;
    }
    return (
      <Stack gap="md">
        <RehearsalSetup showId={showId} />
        <LastRehearsalResults show={show} />
      </Stack>
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="rehearsal-title"
      data-testid="rehearsal-panel"
      style={ours ? { borderColor: AMBER, borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Title order={3} size="h4" id="rehearsal-title">
            {t('rehearsal.panel.title')}
          </Title>
          {ours && (
            <>
              <Badge color="yellow.5" c="black" variant="filled" data-testid="rehearsal-run-label">
                {t('rehearsal.panel.runLabel')}
              </Badge>
              <Text
                size="sm"
                c="dimmed"
                truncate="end"
                miw={0}
                style={{ flex: 1 }}
                data-testid="rehearsal-run-name"
              >
                {runLabel(t, state.run, i18n.language)}
              </Text>
            </>
          )}
        </Group>
        {body()}
      </Stack>
    </Paper>
  );
}
