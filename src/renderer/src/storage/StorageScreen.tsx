import { Alert, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/times';
import { formatMegabytes } from '../../../shared/format/numbers';
import type { BackupInfo, IntegrityState } from '../../../shared/model/storage';
import { useApi } from '../api/api-context';
import { describeError } from '../app/logic/error-text';
import { notifyError } from '../app/notify';
import { ConfirmModal } from '../components/ConfirmModal';
import { useStorageState } from './use-storage-state';

function IntegrityNote({ integrity }: { integrity: IntegrityState }) {
  const { t, i18n } = useTranslation();
  switch (integrity.status) {
    case 'checking':
      return <Text role="status">{t('storage.integrity.checking')}</Text>;
    case 'ok':
      return (
        <Text role="status" data-testid="integrity-ok">
          {t('storage.integrity.ok', { time: formatDateTime(integrity.checkedAt, i18n.language) })}
        </Text>
      );
    case 'damaged':
      return (
        <Alert color="red" variant="filled" role="alert" title={t('storage.integrity.damaged')}>
          <Text size="sm">{t('storage.integrity.damagedText')}</Text>
          <Code block mt="xs">
            {integrity.problems.join('\n')}
          </Code>
        </Alert>
      );
    default: {
      const unknown: never = integrity;
      throw new Error(`Unknown integrity state ${JSON.stringify(unknown)}`);
    }
  }
}

/** The data folder: the database's health, the WAL size, the backups and restoring one. */
export function StorageScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const storage = useStorageState();
  const [backingUp, setBackingUp] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const state = storage.data;

  const backUp = async () => {
    setBackingUp(true);
    try {
      await api.invoke('storage.backup', {});
    } catch (error) {
      notifyError(error);
    } finally {
      setBackingUp(false);
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>{t('storage.title')}</Title>
      {storage.error && (
        <Alert color="red" title={describeError(t, storage.error).title} role="alert">
          {describeError(t, storage.error).message}
        </Alert>
      )}
      {state && (
        <>
          <IntegrityNote integrity={state.integrity} />
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('storage.database', { file: state.databaseFile })}
          </Text>
          <Text size="sm">{t(`storage.tokens.${state.tokenProtection}`)}</Text>
          <Text size="sm" data-testid="wal-size">
            {t('storage.wal', { size: formatMegabytes(state.walBytes, i18n.language) })}
          </Text>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={2} miw={0} style={{ flex: 1 }}>
              <Title order={3}>{t('storage.backups.title')}</Title>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('storage.backups.where', { dir: state.backupsDir })}
              </Text>
            </Stack>
            <Button loading={backingUp} onClick={() => void backUp()}>
              {t('storage.backups.now')}
            </Button>
          </Group>
          {state.backups.length === 0 ? (
            <Text c="dimmed">{t('storage.backups.none')}</Text>
          ) : (
            <Table striped aria-label={t('storage.backups.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('storage.backups.when')}</Table.Th>
                  <Table.Th>{t('storage.backups.why')}</Table.Th>
                  <Table.Th ta="right">{t('storage.backups.size')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.backups.map((backup) => (
                  <Table.Tr key={backup.name}>
                    <Table.Td>{formatDateTime(backup.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{t(`storage.reason.${backup.reason}`)}</Table.Td>
                    <Table.Td ta="right">{formatMegabytes(backup.bytes, i18n.language)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="xs" variant="light" onClick={() => setRestoring(backup)}>
                        {t('storage.restore.button')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <ConfirmModal
        opened={restoring !== null}
        title={t('storage.restore.title')}
        confirmLabel={t('storage.restore.confirm')}
        onClose={() => setRestoring(null)}
        onConfirm={async () => {
          if (restoring) await api.invoke('storage.restore', { name: restoring.name });
        }}
      >
        {restoring &&
          t('storage.restore.text', {
            time: formatDateTime(restoring.createdAt, i18n.language),
          })}
      </ConfirmModal>
    </Stack>
  );
}
