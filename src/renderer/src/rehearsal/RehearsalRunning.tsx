import { Button, Group, Stack, Text } from '@mantine/core';
import {
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerStop,
  IconPlayerTrackNext,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { useApi } from '../api/api-context';
import { ConfirmModal } from '../components/ConfirmModal';
import { LinkDropControl } from './LinkDropControl';
import { RehearsalFigures } from './RehearsalFigures';
import { formatClock } from '../../../shared/format/durations';
import { SpeedControl } from './SpeedControl';
import { useRehearsalControl } from './use-rehearsal-control';

/**
 * The controls of the running rehearsal: pause or resume, speed, a link drop, the next lineup
 * slot and stop (confirmed). Pins, prices and the show itself go through the live command bar
 * and product rows, as in a live run.
 */
export function RehearsalRunning({ state }: { state: RehearsalState }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, run } = useRehearsalControl();
  const [confirmStop, setConfirmStop] = useState(false);
  const stopping = state.status === 'stopping' || state.status === 'stopped';
  const disabled = stopping || busy !== null;

  return (
    <Stack gap="sm">
      <RehearsalFigures state={state} />
      {state.linkDrop !== null && (
        <Text size="sm" c="orange" fw={600} role="status" data-testid="rehearsal-link-drop">
          {t('rehearsal.run.linkCut', { time: formatClock(state.linkDrop.untilMs) })}
        </Text>
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        {state.paused ? (
          <Button
            loading={busy === 'resume'}
            disabled={disabled}
            leftSection={<IconPlayerPlay size={18} aria-hidden />}
            onClick={() => void run('resume', () => api.invoke('rehearsal.resume', {}))}
          >
            {t('rehearsal.run.resume')}
          </Button>
        ) : (
          <Button
            variant="default"
            loading={busy === 'pause'}
            disabled={disabled}
            leftSection={<IconPlayerPause size={18} aria-hidden />}
            onClick={() => void run('pause', () => api.invoke('rehearsal.pause', {}))}
          >
            {t('rehearsal.run.pause')}
          </Button>
        )}
        <SpeedControl
          value={state.speed}
          disabled={stopping}
          onChange={(speed) => void run('speed', () => api.invoke('rehearsal.setSpeed', { speed }))}
        />
        <Button
          variant="default"
          loading={busy === 'next'}
          disabled={disabled}
          leftSection={<IconPlayerTrackNext size={18} aria-hidden />}
          onClick={() => void run('next', () => api.invoke('rehearsal.nextSlot', {}))}
        >
          {t('rehearsal.run.nextSlot')}
        </Button>
        <LinkDropControl
          busy={busy === 'drop'}
          disabled={disabled}
          onDrop={(seconds) =>
            void run('drop', () => api.invoke('rehearsal.dropLink', { seconds }))
          }
        />
        <Button
          variant="outline"
          color="red"
          loading={state.status === 'stopping'}
          disabled={disabled}
          leftSection={<IconPlayerStop size={18} aria-hidden />}
          onClick={() => setConfirmStop(true)}
          data-testid="stop-rehearsal"
        >
          {t('rehearsal.run.stop')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirmStop}
        title={t('rehearsal.run.stopTitle')}
        confirmLabel={t('rehearsal.run.stop')}
        onClose={() => setConfirmStop(false)}
        onConfirm={async () => {
          await api.invoke('rehearsal.stop', {});
        }}
      >
        {t('rehearsal.run.stopConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
