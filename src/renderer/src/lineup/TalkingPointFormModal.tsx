import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunMode } from '../rehearsal/use-run-mode';
import { AppModal } from '../components/AppModal';
import type { Language, TalkingPoint, TalkingPointInput } from '../../../shared/model/lineup';
import { SUPPORTED_PLACEHOLDERS } from '../../../shared/model/placeholders';
import { notifyError } from '../app/notify';
import { fieldErrors } from './logic/field-errors';

const FIELDS = ['textHost', 'textAudience', 'plannedSeconds'] as const;
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

interface TalkingPointFormModalProps {
  /** The point to edit, or null to add one. */
  point: TalkingPoint | null;
  /** What the point belongs to: a product's name or the show. */
  ownerName: string;
  hostLanguage: Language;
  audienceLanguage: Language;
  onSubmit: (point: TalkingPointInput) => Promise<void>;
  onClose: () => void;
}

/** Add or edit a talking point: what the host says, its audience translation, planned time. */
export function TalkingPointFormModal({
  point,
  ownerName,
  hostLanguage,
  audienceLanguage,
  onSubmit,
  onClose,
}: TalkingPointFormModalProps) {
  const { t } = useTranslation();
  const showTime = useRunMode() === 'rehearsal';
  const [textHost, setTextHost] = useState(point?.textHost ?? '');
  const [textAudience, setTextAudience] = useState(point?.textAudience ?? '');
  const [plannedSeconds, setPlannedSeconds] = useState<number | string>(
    point?.plannedSeconds ?? 30,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typeof plannedSeconds !== 'number') {
      setErrors({ plannedSeconds: t('form.numberRequired') });
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ textHost, textAudience, plannedSeconds });
      onClose();
    } catch (error) {
      const byField = fieldErrors(t, error, FIELDS);
      if (byField) setErrors(byField);
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const languageName = (language: Language) => t(`language.name.${language}`);

  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        point
          ? t('talkingPoints.editTitle', { owner: ownerName })
          : t('talkingPoints.addTitle', { owner: ownerName })
      }
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('talkingPoints.fields.textHost', { language: languageName(hostLanguage) })}
            value={textHost}
            onChange={(event) => {
              setTextHost(event.currentTarget.value);
              setErrors({});
            }}
            description={t('talkingPoints.fields.values', { values: SUPPORTED_PLACEHOLDERS })}
            error={errors.textHost}
            lang={hostLanguage}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Textarea
            label={t('talkingPoints.fields.textAudience', {
              language: languageName(audienceLanguage),
            })}
            value={textAudience}
            onChange={(event) => {
              setTextAudience(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.textAudience}
            lang={audienceLanguage}
            autosize
            minRows={2}
          />
          <NumberInput
            label={t('talkingPoints.fields.plannedSeconds')}
            description={showTime ? t('talkingPoints.fields.plannedSecondsRehearsal') : undefined}
            value={plannedSeconds}
            onChange={(value) => {
              setPlannedSeconds(value);
              setErrors({});
            }}
            error={errors.plannedSeconds}
            allowDecimal={false}
            min={0}
            max={3600}
            w={200}
            required
          />
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {point ? t('common.save') : t('talkingPoints.add')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
