import {
  Button,
  Group,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertThresholds, AudienceSettings } from '../../../shared/model/audience';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { notifyError } from '../app/notify';
import { AppModal } from '../components/AppModal';
import { parseKeywords } from '../audience/logic/comment-filter';
import { useRunMode } from '../rehearsal/use-run-mode';

/** As many as AudienceSettings takes. */
const MAX_BLOCKED_WORDS = 500;

const THRESHOLDS: readonly (keyof AlertThresholds)[] = [
  'fastSellOutSeconds',
  'slotOverrunSeconds',
  'viewerDropPercent',
  'refusedAttempts',
  'questionsPerMinute',
  'minGapSeconds',
];

function SettingsForm({
  showId,
  initial,
  onClose,
}: {
  showId: number;
  initial: AudienceSettings;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const bridge = useApi();
  const [blocked, setBlocked] = useState(initial.blockedWords.join('\n'));
  const [alerts, setAlerts] = useState<AlertThresholds>(initial.alerts);
  const [onHost, setOnHost] = useState(initial.alertsOnHostView);
  const [busy, setBusy] = useState(false);
  const showTime = useRunMode() === 'rehearsal';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const settings: AudienceSettings = {
        ...initial,
        blockedWords: parseKeywords(blocked, MAX_BLOCKED_WORDS),
        alerts,
        alertsOnHostView: onHost,
      };
      await bridge.invoke('audience.setSettings', { showId, settings });
      onClose();
    } catch (caught) {
      notifyError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('audienceSettings.blockedWords')}
          description={t('audienceSettings.blockedWordsHint')}
          autosize
          minRows={3}
          maxRows={8}
          value={blocked}
          onChange={(event) => setBlocked(event.currentTarget.value)}
          // The form comes once its settings are read, after the dialog opened and gave the
          // focus to its close button: the first field takes it then.
          autoFocus
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {THRESHOLDS.map((key) => (
            <NumberInput
              key={key}
              label={t(`audienceSettings.thresholds.${key}`)}
              min={key === 'slotOverrunSeconds' ? 0 : 1}
              max={key === 'viewerDropPercent' ? 100 : undefined}
              allowDecimal={false}
              value={alerts[key]}
              onChange={(value) =>
                setAlerts((before) => ({ ...before, [key]: typeof value === 'number' ? value : 0 }))
              }
            />
          ))}
        </SimpleGrid>
        {showTime && (
          <Text size="sm" c="dimmed">
            {t('audienceSettings.thresholdsRehearsal')}
          </Text>
        )}
        <Switch
          label={t('audienceSettings.alertsOnHostView')}
          checked={onHost}
          onChange={(event) => setOnHost(event.currentTarget.checked)}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The show's audience settings: blocked words and when each prompter alert fires. */
export function AudienceSettingsModal({
  showId,
  onClose,
}: {
  showId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useApiQuery('audience.settings', { showId });
  return (
    <AppModal opened onClose={onClose} title={t('audienceSettings.title')} size="xl">
      {query.data ? (
        <SettingsForm showId={showId} initial={query.data} onClose={onClose} />
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
    </AppModal>
  );
}
