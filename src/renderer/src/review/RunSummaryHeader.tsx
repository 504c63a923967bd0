import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RunResults } from '../../../shared/model/review';
import { routeHash } from '../app/route';
import { formatMoneyList } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';
import { formatDateTime } from '../../../shared/format/times';
import { RunKindBadge } from './RunKindBadge';
import { spanFigure } from './logic/review-clock-text';

interface FigureProps {
  label: string;
  value: string;
  testId: string;
  note?: string | null;
}

function Figure({ label, value, testId, note = null }: FigureProps) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" data-testid={`${testId}-label`}>
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {note !== null && (
        <Text size="xs" c="dimmed" data-testid={`${testId}-note`}>
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The run's name, kind, show, times and totals at the top of its review. */
export function RunSummaryHeader({ results }: { results: RunResults }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { run, totals } = results;
  const span = spanFigure(t, results, language);
  return (
    <Stack gap="sm">
      <Anchor href={routeHash({ screen: 'runs' })} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('review.run.allRuns')}
        </Group>
      </Anchor>
      <Group gap="sm" wrap="nowrap" align="center">
        <RunKindBadge kind={run.kind} size="lg" />
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {run.name}
        </Title>
      </Group>
      <Text c="dimmed">
        {t('review.run.subtitle', {
          show: run.showName,
          started: formatDateTime(run.startedAt, language),
        })}
      </Text>
      {run.rehearsal && (
        <Alert color="yellow" variant="outline" data-testid="rehearsal-notice">
          {t('review.run.rehearsalNotice')}
        </Alert>
      )}
      {results.clock.base === 'show' && (
        <Text size="sm" c="dimmed" data-testid="review-clock-note">
          {t('review.clock.note')}
        </Text>
      )}
      {run.open && (
        <Alert color="green" variant="light">
          {t('review.run.openNotice')}
        </Alert>
      )}
      {results.logMissing > 0 ? (
        <Alert color="orange" variant="light" data-testid="run-log-coverage">
          {t('review.run.logMissing', { count: formatCount(results.logMissing, language) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" data-testid="run-log-coverage">
          {t('review.run.logComplete')}
        </Text>
      )}
      {run.note !== '' && (
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="run-note">
          {run.note}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Figure label={span.label} value={span.value} note={span.note} testId="run-duration" />
        <Figure
          label={t('review.run.orders')}
          value={formatCount(totals.orders, language)}
          testId="run-orders"
        />
        <Figure
          label={t('review.run.units')}
          value={formatCount(totals.unitsSold, language)}
          testId="run-units"
        />
        <Figure
          label={t('review.run.revenue')}
          value={formatMoneyList(totals.revenue, language)}
          testId="run-revenue"
        />
        <Figure
          label={t('review.run.linkDrops')}
          value={formatCount(results.linkDrops, language)}
          testId="run-link-drops"
        />
        <Figure
          label={t('review.run.protocolErrors')}
          value={formatCount(results.protocolErrors, language)}
          testId="run-protocol-errors"
        />
      </SimpleGrid>
    </Stack>
  );
}
