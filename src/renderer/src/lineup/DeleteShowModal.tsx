import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShowSummary } from '../../../shared/model/lineup';
import { formatDateTime } from '../../../shared/format/times';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { ConfirmModal } from '../components/ConfirmModal';

interface DeleteShowModalProps {
  show: ShowSummary | null;
  onDeleted: () => void;
  onClose: () => void;
}

/** Confirms deleting a show, naming every rehearsal run that goes with it. */
export function DeleteShowModal({ show, onDeleted, onClose }: DeleteShowModalProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const runs = useApiQuery(
    'runs.list',
    { showId: show?.id ?? 0 },
    { enabled: show !== null, refetchOn: ['runs.changed'] },
  );
  // A show with live runs is refused by the core; only rehearsals go with a show.
  const taken = show === null ? [] : (runs.data ?? []).filter((run) => run.kind === 'rehearsal');
  return (
    <ConfirmModal
      opened={show !== null}
      title={t('shows.deleteTitle')}
      confirmLabel={t('shows.delete')}
      onClose={onClose}
      onConfirm={async () => {
        if (show === null) return;
        await api.invoke('show.delete', { showId: show.id, runIds: taken.map((run) => run.id) });
        onDeleted();
      }}
    >
      {show !== null && t('shows.deleteConfirm', { name: show.name })}
      {taken.length > 0 && (
        <Text component="span" display="block" mt="sm" fw={600} data-testid="delete-show-runs">
          {t('shows.deleteRuns', {
            count: taken.length,
            runs: taken
              .map((run) =>
                t('shows.deleteRun', {
                  name: run.name,
                  time: formatDateTime(run.startedAt, i18n.language),
                }),
              )
              .join(t('shows.deleteRunSeparator')),
          })}
        </Text>
      )}
    </ConfirmModal>
  );
}
