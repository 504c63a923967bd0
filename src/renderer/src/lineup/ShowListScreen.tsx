import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCopy, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowSummary } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { notifySuccess } from '../app/notify';
import { navigate, routeHash } from '../app/route';
import { DeleteShowModal } from './DeleteShowModal';
import { ShowNameModal } from './ShowNameModal';
import { formatDateTime } from '../../../shared/format/times';

type Dialog =
  | { kind: 'create' }
  | { kind: 'rename'; show: ShowSummary }
  | { kind: 'duplicate'; show: ShowSummary }
  | { kind: 'delete'; show: ShowSummary };

/** All shows, with create, rename, duplicate and delete. */
export function ShowListScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shows = useApiQuery('show.list', {}, { refetchOn: ['shows.changed', 'lineup.changed'] });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const rows = (shows.data ?? []).map((show) => (
    <Table.Tr key={show.id}>
      <Table.Td>
        <Anchor href={routeHash({ screen: 'show', showId: show.id })} fw={600}>
          {show.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{show.productCount}</Table.Td>
      <Table.Td>{formatDateTime(Date.parse(show.updatedAt), i18n.language)}</Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('shows.rename')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('shows.renameNamed', { name: show.name })}
              onClick={() => setDialog({ kind: 'rename', show })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('shows.duplicate')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('shows.duplicateNamed', { name: show.name })}
              onClick={() => setDialog({ kind: 'duplicate', show })}
            >
              <IconCopy size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('shows.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('shows.deleteNamed', { name: show.name })}
              onClick={() => setDialog({ kind: 'delete', show })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('shows.title')}</Title>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          {t('shows.create')}
        </Button>
      </Group>

      {shows.error && (
        <Alert color="red" title={describeError(t, shows.error).title} role="alert">
          {describeError(t, shows.error).message}
        </Alert>
      )}
      {shows.loading && !shows.data && <Loader aria-label={t('common.loading')} />}
      {shows.data && shows.data.length === 0 && <Text c="dimmed">{t('shows.empty')}</Text>}
      {shows.data && shows.data.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('shows.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shows.columns.name')}</Table.Th>
              <Table.Th>{t('shows.columns.products')}</Table.Th>
              <Table.Th>{t('shows.columns.updated')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      )}

      {dialog?.kind === 'create' && (
        <ShowNameModal
          title={t('shows.createTitle')}
          submitLabel={t('shows.create')}
          initialName=""
          onClose={close}
          onSubmit={async (name) => {
            const show = await api.invoke('show.create', { name });
            navigate({ screen: 'show', showId: show.id });
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ShowNameModal
          title={t('shows.renameTitle', { name: dialog.show.name })}
          submitLabel={t('common.save')}
          initialName={dialog.show.name}
          onClose={close}
          onSubmit={async (name) => {
            await api.invoke('show.rename', { showId: dialog.show.id, name });
            shows.refetch();
          }}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <ShowNameModal
          title={t('shows.duplicateTitle', { name: dialog.show.name })}
          submitLabel={t('shows.duplicate')}
          initialName={t('shows.copyName', { name: dialog.show.name })}
          onClose={close}
          onSubmit={async (name) => {
            await api.invoke('show.duplicate', { showId: dialog.show.id, name });
            shows.refetch();
            notifySuccess((t) => t('shows.duplicated', { name }));
          }}
        />
      )}
      <DeleteShowModal
        show={dialog?.kind === 'delete' ? dialog.show : null}
        onDeleted={() => shows.refetch()}
        onClose={close}
      />
    </Stack>
  );
}
