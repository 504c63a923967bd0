import { Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiInputs } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';
import { notifyError } from '../app/notify';
import { fieldErrors } from '../lineup/field-errors';
import { loadTarget, loadToken, saveTarget, saveToken } from './server-memory';

const FIELDS = ['serverUrl', 'token', 'serverShowId'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

/** Server address, token and server show id; opens the run with `link.connect`. */
export function ConnectForm({ showId }: { showId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState(() => ({ ...loadTarget(showId), token: loadToken(showId) }));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const set = (field: Field, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { showId, ...draft };
    const parsed = apiInputs['link.connect'].safeParse(input);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((name) => issue.path[0] === name);
        if (field) found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      saveTarget(showId, { serverUrl: parsed.data.serverUrl, serverShowId: draft.serverShowId });
      saveToken(showId, draft.token);
      await api.invoke('link.connect', input);
    } catch (error) {
      const byField = fieldErrors(error, FIELDS);
      if (byField) setErrors(byField);
      else notifyError(t, error, t('live.panel.connectFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('live.panel.serverUrl')}
          description={t('live.panel.serverUrlHelp')}
          value={draft.serverUrl}
          onChange={(event) => set('serverUrl', event.currentTarget.value)}
          error={errors.serverUrl}
          required
          w={300}
        />
        <PasswordInput
          label={t('live.panel.token')}
          value={draft.token}
          onChange={(event) => set('token', event.currentTarget.value)}
          error={errors.token}
          required
          w={200}
        />
        <TextInput
          label={t('live.panel.serverShowId')}
          value={draft.serverShowId}
          onChange={(event) => set('serverShowId', event.currentTarget.value)}
          error={errors.serverShowId}
          required
          w={200}
        />
        <Button
          type="submit"
          loading={busy}
          leftSection={<IconPlugConnected size={18} aria-hidden />}
        >
          {t('live.panel.connect')}
        </Button>
      </Group>
    </form>
  );
}
