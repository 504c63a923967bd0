import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconBroadcast, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { describeError } from '../app/logic/error-text';
import { notifyError } from '../app/notify';
import { AppModal } from '../components/AppModal';
import { ChecklistView } from './ChecklistView';
import type { GoLiveTarget } from './logic/go-live-target';
import { useChecklist } from './use-checklist';

interface GoLiveDialogProps {
  opened: boolean;
  onClose: () => void;
  target: GoLiveTarget;
  showName: string;
}

/** The typed confirmation matches the show's name (spaces around it do not count). */
function confirms(typed: string, showName: string): boolean {
  return typed.trim() !== '' && typed.trim() === showName.trim();
}

function GoLiveBody({ onClose, target, showName }: Omit<GoLiveDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const api = useApi();
  const { checklist, error, checking, recheck } = useChecklist(target);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = checklist?.ok === true && confirms(typed, showName);

  const goLive = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    try {
      await api.invoke('live.goLive', { ...target, confirmation: typed });
      onClose();
    } catch (failure) {
      const confirmation =
        failure instanceof ApiError && failure.issues.some((i) => i.path[0] === 'confirmation');
      const checklistFailed =
        failure instanceof ApiError && failure.issues.some((i) => i.path[0] === 'checklist');
      if (confirmation) setTypedError(t('rehearsal.goLive.typeMismatch'));
      else notifyError(failure, (t) => t('rehearsal.goLive.failed'));
      if (checklistFailed) recheck();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void goLive(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('rehearsal.goLive.intro', {
            url: target.serverUrl,
            serverShowId: target.serverShowId,
          })}
        </Text>
        {error !== null && error !== undefined ? (
          <Alert color="red" title={describeError(t, error).title} role="alert">
            {describeError(t, error).message}
          </Alert>
        ) : (
          <ChecklistView checklist={checklist} />
        )}
        {checklist !== null && !checklist.ok && (
          <Text size="sm" c="red" fw={600} role="alert">
            {t('rehearsal.goLive.notReady')}
          </Text>
        )}
        <Group justify="flex-start">
          <Button
            variant="default"
            size="xs"
            loading={checking}
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={recheck}
          >
            {t('rehearsal.goLive.recheck')}
          </Button>
        </Group>
        <TextInput
          label={t('rehearsal.goLive.typeName', { name: showName })}
          description={t('rehearsal.goLive.typeNameHelp')}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setTypedError(null);
          }}
          error={typedError}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red.9"
            loading={busy}
            disabled={!ready}
            leftSection={<IconBroadcast size={18} aria-hidden />}
          >
            {t('rehearsal.goLive.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The explicit step into a live show: the checklist of the live sale server (reachable, token,
 * show, lineup and stock) with each item's outcome, and the show's name typed to confirm. The
 * final button stays disabled until both hold; only then does `live.goLive` open the live run.
 */
export function GoLiveDialog({ opened, onClose, target, showName }: GoLiveDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('rehearsal.goLive.title', { name: showName })}
      size="lg"
    >
      <GoLiveBody onClose={onClose} target={target} showName={showName} />
    </AppModal>
  );
}
