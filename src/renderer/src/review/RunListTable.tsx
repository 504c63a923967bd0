import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconNote, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../shared/model/review';
import { routeHash } from '../app/route';
import { formatDuration } from '../../../shared/format/durations';
import { formatMoneyList } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';
import { formatDateTime } from '../../../shared/format/times';
import { RunKindBadge } from './RunKindBadge';
import { runLabel, runNumber } from './logic/run-label';
import { ScrollTable } from '../components/ScrollTable';

export type RunAction = 'rename' | 'annotate' | 'delete';

interface RunListTableProps {
  runs: readonly RunSummary[];
  onAction: (action: RunAction, run: RunSummary) => void;
}

function RunRow({ run, onAction }: { run: RunSummary; onAction: RunListTableProps['onAction'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Runs of one show and kind share a name, so the buttons name the run with its start too.
  const label = runLabel(t, run, language);
  return (
    <Table.Tr data-testid="run-row" data-run-id={run.id} data-kind={run.kind}>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={8} align="baseline">
            <Anchor href={routeHash({ screen: 'run', runId: run.id })} fw={600}>
              {run.name}
            </Anchor>
            <Text
              span
              size="sm"
              c="dimmed"
              style={{ whiteSpace: 'nowrap' }}
              data-testid="run-number"
            >
              {runNumber(t, run)}
            </Text>
          </Group>
          {run.note !== '' && (
            <Text size="sm" c="dimmed" lineClamp={2} data-testid="run-note">
              {run.note}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <RunKindBadge kind={run.kind} size="sm" />
      </Table.Td>
      <Table.Td>{run.showName}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(run.startedAt, language)}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {run.durationMs === null ? (
          <Badge variant="light" color="green" styles={{ label: { overflow: 'visible' } }}>
            {t('review.list.inProgress')}
          </Badge>
        ) : (
          <span data-testid="run-duration" data-clock={run.durationClock}>
            {run.durationClock === 'show'
              ? t('review.list.showTime', { duration: formatDuration(run.durationMs, language) })
              : formatDuration(run.durationMs, language)}
          </span>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="run-units">
        {formatCount(run.unitsSold, language)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="run-revenue">
        {formatMoneyList(run.revenue, language)}
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('review.list.rename')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('review.list.renameNamed', { name: label })}
              onClick={() => onAction('rename', run)}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('review.list.annotate')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('review.list.annotateNamed', { name: label })}
              onClick={() => onAction('annotate', run)}
            >
              <IconNote size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={run.open ? t('review.list.deleteOpen') : t('review.list.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={run.open}
              aria-label={t('review.list.deleteNamed', { name: label })}
              onClick={() => onAction('delete', run)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of the run list. */
export function RunListTable({ runs, onAction }: RunListTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={900} label={t('review.list.title')}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('review.list.title')}>
        {/* A Chinese header breaks between words only ("售出件数", not "售出件" over "数"). */}
        <Table.Thead style={{ wordBreak: 'keep-all' }}>
          <Table.Tr>
            <Table.Th>{t('review.list.columns.run')}</Table.Th>
            <Table.Th>{t('review.list.columns.kind')}</Table.Th>
            <Table.Th>{t('review.list.columns.show')}</Table.Th>
            <Table.Th>{t('review.list.columns.started')}</Table.Th>
            <Table.Th>{t('review.list.columns.duration')}</Table.Th>
            <Table.Th ta="right">{t('review.list.columns.units')}</Table.Th>
            <Table.Th ta="right">{t('review.list.columns.revenue')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <RunRow key={run.id} run={run} onAction={onAction} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
