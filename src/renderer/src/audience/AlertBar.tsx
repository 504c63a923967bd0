import { Alert, Group, Kbd, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AudienceState, PromptAlert } from '../../../shared/model/audience';
import { useApi } from '../api/api-context';
import { useOnAir } from '../live-console/onair-context';
import { alertText } from './logic/alert-text';
import { useAudience, type AudienceStore } from './use-audience';

const NO_ALERTS: PromptAlert[] = [];
const selectAlerts = (state: AudienceState | null) => state?.alerts ?? NO_ALERTS;
/** Alerts come in every state: the same ones (their ids and figures) draw the same bar. */
const sameAlerts = (a: PromptAlert[], b: PromptAlert[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The newest prompter alert on the console (naming the armed cue where it asks for the next
 * step); X dismisses it (and shows the next one waiting).
 */
export function AlertBar({
  audience,
  nameOf,
}: {
  audience: AudienceStore;
  nameOf: (sku: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const bridge = useApi();
  const alerts = useAudience(audience, selectAlerts, sameAlerts);
  const alert = alerts[0] ?? null;
  const armed = useOnAir((state) => state?.cue?.nameHost ?? null);
  useHotkeys([
    [
      'x',
      (event) => {
        if (alert === null || document.querySelector('[aria-modal="true"]') !== null) return;
        event.preventDefault();
        void bridge.invoke('audience.dismissAlert', { alertId: alert.id });
      },
    ],
  ]);
  if (alert === null) return null;
  return (
    <Alert
      color="orange.5"
      autoContrast
      variant="filled"
      p={8}
      icon={<IconBellRinging size={18} />}
      role="alert"
      data-testid="prompter-alert"
      data-kind={alert.kind}
    >
      <Group justify="space-between" wrap="nowrap" gap={8}>
        <Text size="sm" fw={700}>
          {alertText(t, alert, nameOf, i18n.language, armed)}
        </Text>
        <Text size="xs" style={{ flex: 'none' }}>
          <Kbd size="xs">X</Kbd> {t('audience.dismiss')}
          {alerts.length > 1 && ` · ${t('audience.moreAlerts', { count: alerts.length - 1 })}`}
        </Text>
      </Group>
    </Alert>
  );
}
