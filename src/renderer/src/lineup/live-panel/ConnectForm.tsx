import { Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadInputSchemas } from '../../api/input-schemas';
import { GoLiveDialog } from '../../rehearsal/GoLiveDialog';
import type { GoLiveTarget } from '../../rehearsal/logic/go-live-target';
import { loadTarget, loadToken, saveTarget, saveToken } from './server-memory';

type Field = 'serverUrl' | 'token' | 'serverShowId';
type Errors = Partial<Record<Field, string>>;

/**
 * Server address, token and server show id; going live is the go-live dialog's confirmed step
 * (checklist and typed show name), never a direct connect.
 */
export function ConnectForm({ showId, showName }: { showId: number; showName: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => ({ ...loadTarget(showId), token: loadToken(showId) }));
  const [errors, setErrors] = useState<Errors>({});
  const [goLive, setGoLive] = useState<GoLiveTarget | null>(null);

  const set = (field: Field, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  /** The fields' problems in the UI language (the core checks them again). */
  const check = async (): Promise<Errors> => {
    const { ServerToken, ServerUrl, ShowId } = await loadInputSchemas();
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
    const found = await check();
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const serverUrl = draft.serverUrl.trim();
    saveTarget(showId, { serverUrl, serverShowId: draft.serverShowId });
    saveToken(showId, draft.token);
    setGoLive({ showId, serverUrl, token: draft.token, serverShowId: draft.serverShowId });
  };

  return (
    <>
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
          <Button type="submit" color="red.9" leftSection={<IconBroadcast size={18} aria-hidden />}>
            {t('rehearsal.goLive.open')}
          </Button>
        </Group>
      </form>
      {goLive !== null && (
        <GoLiveDialog opened onClose={() => setGoLive(null)} target={goLive} showName={showName} />
      )}
    </>
  );
}
