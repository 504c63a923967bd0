import { Button, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunMode } from '../rehearsal/use-run-mode';
import { TalkingPointInput, type Product } from '../../../shared/model/lineup';
import { zodIssueText } from '../../../shared/api/zod-issue-text';
import { SUPPORTED_PLACEHOLDERS } from '../../../shared/model/placeholders';
import { sayCoreText } from '../app/logic/core-text';
import { AppModal } from '../components/AppModal';

const SHOW_VALUE = 'show';

interface AddPointDialogProps {
  products: readonly Product[];
  /** The product the point is for at first (the pinned one), or null for the show. */
  productId: number | null;
  onAdd: (productId: number | null, point: TalkingPointInput) => Promise<boolean>;
  onClose: () => void;
}

type Field = 'textHost' | 'textAudience' | 'plannedSeconds';

/** A talking point added on air: it goes into the lineup and right after the current point. */
export function AddPointDialog({ products, productId, onAdd, onClose }: AddPointDialogProps) {
  const { t } = useTranslation();
  const showTime = useRunMode() === 'rehearsal';
  const [target, setTarget] = useState(productId === null ? SHOW_VALUE : String(productId));
  const [textHost, setTextHost] = useState('');
  const [textAudience, setTextAudience] = useState('');
  const [seconds, setSeconds] = useState<number | string>(30);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = TalkingPointInput.safeParse({
      textHost,
      textAudience,
      plannedSeconds: typeof seconds === 'number' ? seconds : Number.NaN,
    });
    if (!parsed.success) {
      const issueOf = (field: Field) =>
        parsed.error.issues.find((issue) => issue.path[0] === field);
      const textError = (field: Field, fallback: string) => {
        const issue = issueOf(field);
        if (issue?.code === 'custom') return sayCoreText(t, zodIssueText(issue));
        return issue ? fallback : undefined;
      };
      setErrors({
        textHost: textError('textHost', t('console.addPoint.textRequired')),
        textAudience: textError('textAudience', t('console.addPoint.textTooLong')),
        plannedSeconds: issueOf('plannedSeconds')
          ? t('live.dialogs.rangeError', { min: 0, max: 3600 })
          : undefined,
      });
      return;
    }
    setBusy(true);
    const added = await onAdd(target === SHOW_VALUE ? null : Number(target), parsed.data);
    setBusy(false);
    if (added) onClose();
  };

  return (
    <AppModal opened onClose={onClose} title={t('console.addPoint.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('console.addPoint.for')}
            value={target}
            onChange={(value) => setTarget(value ?? SHOW_VALUE)}
            allowDeselect={false}
            data={[
              { value: SHOW_VALUE, label: t('console.addPoint.wholeShow') },
              ...products.map((product) => ({
                value: String(product.id),
                label: product.nameHost,
              })),
            ]}
          />
          <Textarea
            label={t('console.addPoint.textHost')}
            value={textHost}
            onChange={(event) => {
              setTextHost(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.textHost}
            autosize
            minRows={2}
            data-autofocus
          />
          <Textarea
            label={t('console.addPoint.textAudience')}
            value={textAudience}
            onChange={(event) => {
              setTextAudience(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.textAudience}
            autosize
            minRows={2}
          />
          <Text size="xs" c="dimmed">
            {t('console.addPoint.values', { values: SUPPORTED_PLACEHOLDERS })}
          </Text>
          <NumberInput
            label={t(showTime ? 'console.addPoint.secondsShowTime' : 'console.addPoint.seconds')}
            value={seconds}
            onChange={(value) => {
              setSeconds(value);
              setErrors({});
            }}
            min={0}
            max={3600}
            allowDecimal={false}
            error={errors.plannedSeconds}
            w={200}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('console.addPoint.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
