import { Button, Group, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../app/notify';
import { AppModal } from '../components/AppModal';

interface RunTextModalProps {
  title: string;
  label: string;
  initialValue: string;
  /** A note may be long; a name is one line. */
  multiline: boolean;
  /** An empty value clears (a run's note); otherwise a value is required. */
  allowEmpty?: boolean;
  onSubmit: (value: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a run's name or its note. */
export function RunTextModal({
  title,
  label,
  initialValue,
  multiline,
  allowEmpty = false,
  onSubmit,
  onClose,
}: RunTextModalProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialValue);
  const [busy, setBusy] = useState(false);
  const missing = !allowEmpty && value.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing) return;
    setBusy(true);
    try {
      await onSubmit(value.trim());
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const field = {
    label,
    value,
    onChange: (event: { currentTarget: { value: string } }) => setValue(event.currentTarget.value),
    'data-autofocus': true,
    required: !allowEmpty,
  };
  return (
    <AppModal opened onClose={onClose} title={title}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {multiline ? (
          <Textarea {...field} autosize minRows={3} maxRows={10} maxLength={2000} />
        ) : (
          <TextInput {...field} maxLength={200} />
        )}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={missing}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
