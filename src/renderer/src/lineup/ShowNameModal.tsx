import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../components/AppModal';
import { notifyError } from '../app/notify';
import { fieldErrors } from './logic/field-errors';

interface ShowNameModalProps {
  title: string;
  submitLabel: string;
  initialName: string;
  /** Saves the name; an ApiError about the name is shown under the field. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a show name: for creating, renaming and duplicating a show. */
export function ShowNameModal({
  title,
  submitLabel,
  initialName,
  onSubmit,
  onClose,
}: ShowNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(name);
      onClose();
    } catch (caught) {
      const errors = fieldErrors(t, caught, ['name']);
      if (errors) setError(errors.name);
      else notifyError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={title}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          label={t('shows.nameLabel')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
          required
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
