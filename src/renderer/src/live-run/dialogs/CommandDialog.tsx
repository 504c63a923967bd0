import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/model/live';
import { AppModal } from '../../components/AppModal';

/** What a dialog's fields make: the command, and the sentence that asks to confirm it. */
export interface Reviewed {
  command: LiveCommand;
  confirmation: string;
}

interface CommandDialogProps {
  title: string;
  submitLabel: string;
  /** Whether a second step asks to confirm (commands that change stock or money). */
  confirms: boolean;
  /** Checks the fields (showing their errors) and returns the command, or null. */
  review: () => Reviewed | null;
  /** Sends the command; resolves true when it went into the outbox. */
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A command's form. Commands that change stock or money go through a second step that says what
 * will change, with the button that sends it; the others send at once.
 */
export function CommandDialog({
  title,
  submitLabel,
  confirms,
  review,
  send,
  onClose,
  children,
}: CommandDialogProps) {
  const { t } = useTranslation();
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const [busy, setBusy] = useState(false);

  const commit = async (command: LiveCommand) => {
    setBusy(true);
    const sent = await send(command);
    setBusy(false);
    if (sent) onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = review();
    if (next === null) return;
    if (confirms) setReviewed(next);
    else void commit(next.command);
  };

  return (
    <AppModal opened onClose={onClose} title={title}>
      {reviewed === null ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {children}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {confirms ? t('live.dialogs.review') : submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text data-testid="command-confirmation">{reviewed.confirmation}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setReviewed(null)}>
              {t('live.dialogs.back')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void commit(reviewed.command)}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
