import {
  Alert,
  Group,
  Loader,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../shared/model/review';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { ConfirmModal } from '../components/ConfirmModal';
import { RunListTable, type RunAction } from './RunListTable';
import { RunTextModal } from './RunTextModal';
import { useRunList } from './use-run-list';

const PAGE_SIZE = 20;
const ALL = 'all';
type KindFilter = 'all' | 'live' | 'rehearsal';

/** Every live and rehearsal run of every show: open, rename, annotate, delete. */
export function RunListScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const shows = useApiQuery('show.list', {}, { refetchOn: ['shows.changed'] });
  const [showFilter, setShowFilter] = useState<string>(ALL);
  const [kindFilter, setKindFilter] = useState<KindFilter>('all');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<{ action: RunAction; run: RunSummary } | null>(null);
  const runs = useRunList(showFilter === ALL ? null : Number(showFilter));

  const filtered = (runs.data ?? []).filter(
    (run) => kindFilter === 'all' || run.kind === kindFilter,
  );
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const visible = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const close = () => setDialog(null);

  return (
    <Stack gap="md" maw={1300}>
      <Title order={2}>{t('review.list.title')}</Title>
      <Group gap="md" align="flex-end">
        <Select
          label={t('review.list.filterShow')}
          data={[
            { value: ALL, label: t('review.list.allShows') },
            ...(shows.data ?? []).map((show) => ({ value: String(show.id), label: show.name })),
          ]}
          value={showFilter}
          onChange={(value) => {
            setShowFilter(value ?? ALL);
            setPage(1);
          }}
          allowDeselect={false}
          w={280}
        />
        <SegmentedControl
          aria-label={t('review.list.filterKind')}
          value={kindFilter}
          onChange={(value) => {
            setKindFilter(value === 'live' || value === 'rehearsal' ? value : 'all');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('review.list.allKinds') },
            { value: 'live', label: t('review.list.liveOnly') },
            { value: 'rehearsal', label: t('review.list.rehearsalsOnly') },
          ]}
        />
      </Group>

      {runs.error && (
        <Alert color="red" title={describeError(t, runs.error).title} role="alert">
          {describeError(t, runs.error).message}
        </Alert>
      )}
      {runs.loading && !runs.data && <Loader aria-label={t('common.loading')} />}
      {runs.data && filtered.length === 0 && <Text c="dimmed">{t('review.list.empty')}</Text>}
      {filtered.length > 0 && (
        <RunListTable runs={visible} onAction={(action, run) => setDialog({ action, run })} />
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={current}
          onChange={setPage}
          getControlProps={(control) => ({
            'aria-label': t(`review.list.page.${control}`),
          })}
          getItemProps={(item) => ({ 'aria-label': t('review.list.page.number', { page: item }) })}
        />
      )}

      {dialog?.action === 'rename' && (
        <RunTextModal
          title={t('review.list.renameTitle', { name: dialog.run.name })}
          label={t('review.list.nameLabel')}
          initialValue={dialog.run.name}
          multiline={false}
          onClose={close}
          onSubmit={async (name) => {
            await api.invoke('runs.rename', { runId: dialog.run.id, name });
          }}
        />
      )}
      {dialog?.action === 'annotate' && (
        <RunTextModal
          title={t('review.list.annotateTitle', { name: dialog.run.name })}
          label={t('review.list.noteLabel')}
          initialValue={dialog.run.note}
          multiline
          allowEmpty
          onClose={close}
          onSubmit={async (note) => {
            await api.invoke('runs.annotate', { runId: dialog.run.id, note });
          }}
        />
      )}
      <ConfirmModal
        opened={dialog?.action === 'delete'}
        title={t('review.list.deleteTitle')}
        confirmLabel={t('review.list.delete')}
        onClose={close}
        onConfirm={async () => {
          if (dialog?.action !== 'delete') return;
          await api.invoke('runs.delete', { runId: dialog.run.id });
        }}
      >
        {dialog?.action === 'delete' &&
          t(
            dialog.run.rehearsal
              ? 'review.list.deleteConfirmRehearsal'
              : 'review.list.deleteConfirmLive',
            { name: dialog.run.name, show: dialog.run.showName },
          )}
      </ConfirmModal>
    </Stack>
  );
}
