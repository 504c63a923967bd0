import {
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/lineup';
import type { CueInput } from '../../../shared/model/onair';
import { AppModal } from '../components/AppModal';
import { CURRENCY_EXPONENT } from '../../../shared/format/currency';
import { formatMajor } from '../../../shared/format/money';
import {
  MAX_PRICE_MINOR,
  MAX_SECONDS,
  MAX_UNITS,
  priceMinor,
  wholeNumber,
} from '../live-run/dialogs/numbers';
import { formatCount } from '../../../shared/format/numbers';
import { useLiveRow } from '../live-run/use-live';
import { cueLines } from './cue-text';

interface ArmCueDialogProps {
  products: readonly Product[];
  /** The product chosen at first. */
  productId: number;
  onArm: (cue: CueInput) => Promise<boolean>;
  onClose: () => void;
}

type Field = 'pinSeconds' | 'price' | 'unitCap' | 'flashSeconds';
type Values = Record<Field, number | string>;

/**
 * Prepares the next step: the product to pin (for a time or until unpinned), a flash sale to start
 * with it, and whether its talking points load. A cue with a flash sale asks to confirm the price
 * here, so that firing it later takes one key.
 */
export function ArmCueDialog({ products, productId, onArm, onClose }: ArmCueDialogProps) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState(String(productId));
  const product = products.find((candidate) => String(candidate.id) === chosen) ?? products[0];
  const currency = useLiveRow(product?.sku ?? '')?.product.currency ?? product?.currency ?? 'CNY';
  const [values, setValues] = useState<Values>({
    pinSeconds: '',
    price: '',
    unitCap: '',
    flashSeconds: 60,
  });
  const [flash, setFlash] = useState(false);
  const [loadPoints, setLoadPoints] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [reviewed, setReviewed] = useState<CueInput | null>(null);
  const [busy, setBusy] = useState(false);
  const count = (value: number) => formatCount(value, i18n.language);

  const set = (field: Field) => (value: number | string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  const build = (): CueInput | null => {
    if (!product) return null;
    const pinSeconds =
      values.pinSeconds === '' ? null : wholeNumber(values.pinSeconds, 1, MAX_SECONDS);
    const price = flash ? priceMinor(values.price, currency) : 0;
    const unitCap = flash ? wholeNumber(values.unitCap, 1, MAX_UNITS) : 1;
    const seconds = flash ? wholeNumber(values.flashSeconds, 1, MAX_SECONDS) : 1;
    const range = (min: number, max: string) => t('live.dialogs.rangeError', { min, max });
    const next: Partial<Record<Field, string>> = {
      pinSeconds:
        values.pinSeconds !== '' && pinSeconds === null ? range(1, count(MAX_SECONDS)) : undefined,
      price: price === null ? range(0, formatMajor(MAX_PRICE_MINOR, currency)) : undefined,
      unitCap: unitCap === null ? range(1, count(MAX_UNITS)) : undefined,
      flashSeconds: seconds === null ? range(1, count(MAX_SECONDS)) : undefined,
    };
    if (Object.values(next).some((error) => error !== undefined)) {
      setErrors(next);
      return null;
    }
    return {
      productId: product.id,
      pinSeconds: pinSeconds ?? null,
      flashSale:
        flash && price !== null && unitCap !== null && seconds !== null
          ? { priceMinor: price, unitCap, seconds }
          : null,
      loadTalkingPoints: loadPoints,
    };
  };

  const arm = async (cue: CueInput) => {
    setBusy(true);
    const armed = await onArm(cue);
    setBusy(false);
    if (armed) onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cue = build();
    if (cue === null) return;
    if (cue.flashSale) setReviewed(cue);
    else void arm(cue);
  };

  return (
    <AppModal opened onClose={onClose} title={t('console.cue.armTitle')}>
      {reviewed === null ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Select
              label={t('console.cue.product')}
              value={chosen}
              onChange={(value) => value !== null && setChosen(value)}
              allowDeselect={false}
              data={products.map((candidate, index) => ({
                value: String(candidate.id),
                label: `${index + 1}. ${candidate.nameHost}`,
              }))}
              data-autofocus
            />
            <NumberInput
              label={t('console.cue.pinSeconds')}
              description={t('console.cue.pinSecondsHelp')}
              value={values.pinSeconds}
              onChange={set('pinSeconds')}
              min={1}
              max={MAX_SECONDS}
              allowDecimal={false}
              error={errors.pinSeconds}
            />
            <Checkbox
              label={t('console.cue.loadPoints')}
              checked={loadPoints}
              onChange={(event) => setLoadPoints(event.currentTarget.checked)}
            />
            <Switch
              label={t('console.cue.withFlash')}
              checked={flash}
              onChange={(event) => {
                setFlash(event.currentTarget.checked);
                setErrors({});
              }}
            />
            {flash && (
              <Group grow align="flex-start">
                <NumberInput
                  label={t('live.dialogs.flashPrice', { currency })}
                  value={values.price}
                  onChange={set('price')}
                  min={0}
                  decimalScale={CURRENCY_EXPONENT[currency]}
                  error={errors.price}
                />
                <NumberInput
                  label={t('console.cue.unitCap')}
                  value={values.unitCap}
                  onChange={set('unitCap')}
                  min={1}
                  max={MAX_UNITS}
                  allowDecimal={false}
                  error={errors.unitCap}
                />
                <NumberInput
                  label={t('live.dialogs.flashSeconds')}
                  value={values.flashSeconds}
                  onChange={set('flashSeconds')}
                  min={1}
                  max={MAX_SECONDS}
                  allowDecimal={false}
                  error={errors.flashSeconds}
                />
              </Group>
            )}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {flash ? t('live.dialogs.review') : t('console.cue.arm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text data-testid="cue-confirmation">{t('console.cue.confirm')}</Text>
          <List size="sm">
            {cueLines(
              t,
              {
                name: product?.nameHost ?? '',
                pinSeconds: reviewed.pinSeconds ?? null,
                flashSale: reviewed.flashSale ?? null,
                loadTalkingPoints: reviewed.loadTalkingPoints ?? true,
              },
              currency,
              i18n.language,
            ).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setReviewed(null)}>
              {t('live.dialogs.back')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void arm(reviewed)}>
              {t('console.cue.arm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
