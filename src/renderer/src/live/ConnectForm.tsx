import { Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerToken, ServerUrl } from '../../../shared/model/live';
import { ShowId } from '../../../shared/protocol/primitives';
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

  /** The fields' problems in the UI language (the core checks them again). */
  const check = (): Errors => {
    const found: Errors = {};
    const required = t('live.panel.required');
    if (draft.serverUrl.trim() === '') found.serverUrl = required;
    else if (!ServerUrl.safeParse(draft.serverUrl).success)
      found.serverUrl = t('live.panel.badUrl');
    if (!ServerToken.safeParse(draft.token).success) found.token = required;
    if (draft.serverShowId === '') found.serverShowId = required;
    else if (!ShowId.safeParse(draft.serverShowId).success) {
      found.serverShowId = t('live.panel.badShowId');
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const input = { showId, ...draft };
    setBusy(true);
    try {
      saveTarget(showId, { serverUrl: draft.serverUrl.trim(), serverShowId: draft.serverShowId });
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
          w={400}
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
