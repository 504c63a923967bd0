import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconPlayerStop, IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { notifyError, type Say } from '../../app/notify';
import { formatMoment } from '../../../../shared/format/times';
import { linkErrorText } from '../../live-run/logic/link-error-text';
import { needsPerson } from '../../../../shared/model/link-stop';
import { EndRunModal } from './EndRunModal';
import { loadToken, saveToken } from './server-memory';
import { useLiveSelect } from '../../live-run/use-live';
import { shallowEqual } from '../../api/logic/picked';

/** The open run of this show: where it runs, its last problem, disconnect, reconnect, end. */
export function RunControls({ showId }: { showId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const startedAt = useLiveSelect((header) => header?.run.startedAt ?? 0);
  const kind = useLiveSelect((header) => header?.run.kind ?? 'live');
  const serverUrl = useLiveSelect((header) => header?.run.serverUrl ?? '');
  const serverShowId = useLiveSelect((header) => header?.run.serverShowId ?? '');
  const state = useLiveSelect((header) => header?.link.state ?? 'offline');
  const lastError = useLiveSelect(
    (header) =>
      header === null || header.link.lastError === null
        ? null
        : linkErrorText(t, header.link.lastErrorReason, header.link.lastError, i18n.language),
    shallowEqual,
  );
  const stopped = useLiveSelect(
    (header) =>
      header !== null &&
      header.link.state === 'offline' &&
      header.link.lastErrorReason !== null &&
      needsPerson(header.link.lastErrorReason),
  );
  const protocolErrors = useLiveSelect((header) => header?.link.protocolErrors ?? 0);
  const synced = useLiveSelect((header) => header?.synced ?? false);
  const logMissing = useLiveSelect((header) => header?.link.logMissing ?? 0);
  const logFilling = useLiveSelect((header) => header?.link.logFilling ?? false);
  const [token, setToken] = useState(() => loadToken(showId));
  const [busy, setBusy] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);

  const time = formatMoment(startedAt, i18n.language);

  const run = async (work: () => Promise<unknown>, context: Say) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notifyError(error, context);
    } finally {
      setBusy(false);
    }
  };

  const reconnect = () =>
    run(
      async () => {
        saveToken(showId, token);
        await api.invoke('link.connect', { showId, serverUrl, serverShowId, token });
      },
      (tr) => tr('live.panel.connectFailed'),
    );

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {kind === 'rehearsal'
          ? t('live.panel.rehearsalStarted', { time })
          : t('live.panel.runStarted', { time })}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('live.panel.runOn', { url: serverUrl, serverShowId })}
      </Text>
      {state !== 'offline' && !synced && (
        <Text size="sm" role="status">
          {t('live.panel.waiting')}
        </Text>
      )}
      {lastError !== null && stopped && (
        <Alert color="red" variant="filled" role="alert" data-testid="link-stopped">
          {lastError.text}
        </Alert>
      )}
      {lastError !== null && !stopped && (
        <Text size="sm" c="orange" style={{ overflowWrap: 'anywhere' }} data-testid="last-error">
          {t('live.panel.lastError', { error: lastError.text })}
        </Text>
      )}
      {lastError?.detail != null && (
        <Text
          size="xs"
          c="dimmed"
          style={{ overflowWrap: 'anywhere' }}
          data-testid="last-error-detail"
        >
          {t('live.panel.errorDetail', { detail: lastError.detail })}
        </Text>
      )}
      {protocolErrors > 0 && (
        <Text size="sm" c="orange">
          {t('live.panel.protocolErrors', { count: protocolErrors })}
        </Text>
      )}
      {logMissing > 0 && (
        <Text
          size="sm"
          c={logFilling ? undefined : 'orange'}
          role="status"
          data-testid="log-missing"
        >
          {t(logFilling ? 'live.panel.logFilling' : 'live.panel.logMissing', {
            count: logMissing,
          })}
        </Text>
      )}
      <Group gap="sm" align="flex-end">
        {state === 'offline' ? (
          <>
            <PasswordInput
              label={t('live.panel.token')}
              description={token === '' ? t('live.panel.tokenToReconnect') : undefined}
              value={token}
              onChange={(event) => setToken(event.currentTarget.value)}
              w={220}
            />
            <Button
              loading={busy}
              disabled={token === ''}
              leftSection={<IconPlugConnected size={18} aria-hidden />}
              onClick={() => void reconnect()}
            >
              {t('live.panel.reconnect')}
            </Button>
          </>
        ) : (
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconPlugConnectedX size={18} aria-hidden />}
            onClick={() =>
              void run(
                () => api.invoke('link.disconnect', {}),
                (tr) => tr('live.panel.disconnect'),
              )
            }
          >
            {t('live.panel.disconnect')}
          </Button>
        )}
        <Button
          variant="default"
          color="red"
          leftSection={<IconPlayerStop size={18} aria-hidden />}
          onClick={() => setConfirmEnd(true)}
        >
          {t('live.panel.endRun')}
        </Button>
      </Group>
      <EndRunModal opened={confirmEnd} time={time} onClose={() => setConfirmEnd(false)} />
    </Stack>
  );
}
