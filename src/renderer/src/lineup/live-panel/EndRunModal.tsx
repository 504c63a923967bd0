import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingChoice } from '../../../../shared/model/live';
import { useApi } from '../../api/api-context';
import { notifyError } from '../../app/notify';
import { AppModal } from '../../components/AppModal';
import { useLiveSelect } from '../../live-run/use-live';

interface EndRunModalProps {
  opened: boolean;
  /** The run's start, as the UI says it. */
  time: string;
  onClose: () => void;
}

/**
 * Confirms ending the open run. With commands still waiting for the server it asks what becomes
 * of them: sent first (the run ends once the server answered them) or dropped unsent; the core
 * logs the choice.
 */
export function EndRunModal({ opened, time, onClose }: EndRunModalProps) {
  const { t } = useTranslation();
  const api = useApi();
  const pending = useLiveSelect((header) => header?.link.commandsPending ?? 0);
  const [busy, setBusy] = useState<PendingChoice | 'end' | null>(null);

  const end = async (choice: PendingChoice | undefined) => {
    setBusy(choice ?? 'end');
    try {
      await api.invoke('run.end', choice === undefined ? {} : { pending: choice });
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('live.panel.endRunTitle')}>
      <Text mb="sm">{t('live.panel.endRunConfirm', { time })}</Text>
      {pending > 0 && (
        <Text mb="sm" fw={600} c="orange" data-testid="end-run-pending">
          {t('live.panel.endRunPending', { count: pending })}
        </Text>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        {pending > 0 ? (
          <>
            <Button
              color="red"
              variant="outline"
              loading={busy === 'drop'}
              disabled={busy !== null}
              onClick={() => void end('drop')}
            >
              {t('live.panel.endRunDrop')}
            </Button>
            <Button
              color="red"
              loading={busy === 'send'}
              disabled={busy !== null}
              onClick={() => void end('send')}
            >
              {t('live.panel.endRunSend')}
            </Button>
          </>
        ) : (
          <Button color="red" loading={busy === 'end'} onClick={() => void end(undefined)}>
            {t('live.panel.endRun')}
          </Button>
        )}
      </Group>
    </AppModal>
  );
}
