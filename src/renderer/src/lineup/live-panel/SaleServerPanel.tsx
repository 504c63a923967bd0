import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/route';
import { ConnectForm } from './ConnectForm';
import { formatMoment } from '../../../../shared/format/times';
import { RunControls } from './RunControls';
import { useLiveSelect } from '../../live-run/use-live';

/**
 * The show's link to its sale server: a connect form while no run is open, the run's controls
 * while this show runs, and a pointer to the other show while another one runs.
 */
export function SaleServerPanel({ showId, showName }: { showId: number; showName: string }) {
  const { t, i18n } = useTranslation();
  const runShowId = useLiveSelect((header) => header?.run.showId ?? null);
  const startedAt = useLiveSelect((header) => header?.run.startedAt ?? 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sale-server-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="sale-server-title">
          {t('live.panel.title')}
        </Title>
        {runShowId === null && (
          <>
            <Text size="sm" c="dimmed">
              {t('live.panel.intro')}
            </Text>
            <ConnectForm showId={showId} showName={showName} />
          </>
        )}
        {runShowId === showId && <RunControls showId={showId} />}
        {runShowId !== null && runShowId !== showId && (
          <Alert color="yellow" title={t('live.panel.otherRun')}>
            <Text size="sm">
              {t('live.panel.otherRunDetail', { time: formatMoment(startedAt, i18n.language) })}
            </Text>
            <Anchor href={routeHash({ screen: 'show', showId: runShowId })} size="sm">
              {t('live.panel.openOther')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
