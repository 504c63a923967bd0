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
import { useRunMode } from '../rehearsal/use-run-mode';
import type { Product } from '../../../shared/model/lineup';
import type { CueInput } from '../../../shared/model/onair';
import { AppModal } from '../components/AppModal';
import { formatCount } from '../../../shared/format/numbers';
import {
  checkFlashSale,
  NEW_FLASH_SALE,
  type FlashSaleErrors,
  type FlashSaleField,
} from '../live-run/dialogs/logic/flash-sale-values';
import { FlashSaleFields } from '../live-run/dialogs/FlashSaleFields';
import { MAX_SECONDS, wholeNumber } from '../live-run/dialogs/logic/numbers';
import { useLiveRow } from '../live-run/use-live';
import { cueLines } from './logic/cue-text';

interface ArmCueDialogProps {
  products: readonly Product[];
  /** The product chosen at first. */
  productId: number;
  onArm: (cue: CueInput) => Promise<boolean>;
  onClose: () => void;
}

type Errors = FlashSaleErrors & { pinSeconds?: string };

/**
 * Prepares the next step: the product to pin (for a time or until unpinned), a flash sale to start
 * with it, and whether its talking points load. A cue with a flash sale asks to confirm the price
 * here, so that firing it later takes one key.
 */
export function ArmCueDialog({ products, productId, onArm, onClose }: ArmCueDialogProps) {
  const { t, i18n } = useTranslation();
  const showTime = useRunMode() === 'rehearsal';
  const [chosen, setChosen] = useState(String(productId));
  const product = products.find((candidate) => String(candidate.id) === chosen) ?? products[0];
  const currency = useLiveRow(product?.sku ?? '')?.product.currency ?? product?.currency ?? 'CNY';
  const [pinValue, setPinValue] = useState<number | string>('');
  const [saleValues, setSaleValues] = useState(NEW_FLASH_SALE);
  const [flash, setFlash] = useState(false);
  const [loadPoints, setLoadPoints] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [reviewed, setReviewed] = useState<CueInput | null>(null);
  const [busy, setBusy] = useState(false);

  const changeSale = (field: FlashSaleField, value: number | string) => {
    setSaleValues((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  const build = (): CueInput | null => {
    if (!product) return null;
    const range = (min: number, max: string) => t('live.dialogs.rangeError', { min, max });
    const pinSeconds = pinValue === '' ? null : wholeNumber(pinValue, 1, MAX_SECONDS);
    const checked = flash
      ? checkFlashSale(saleValues, currency, i18n.language, range)
      : { sale: null, errors: null };
    const next: Errors = {
      ...checked.errors,
      ...(pinValue !== '' && pinSeconds === null
        ? { pinSeconds: range(1, formatCount(MAX_SECONDS, i18n.language)) }
        : {}),
    };
    if (Object.keys(next).length > 0) {
      setErrors(next);
      return null;
    }
    return {
      productId: product.id,
      pinSeconds,
      flashSale: checked.sale,
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
              label={t(showTime ? 'console.cue.pinSecondsShowTime' : 'console.cue.pinSeconds')}
              description={t('console.cue.pinSecondsHelp')}
              value={pinValue}
              onChange={(value) => {
                setPinValue(value);
                setErrors({});
              }}
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
                <FlashSaleFields
                  values={saleValues}
                  errors={errors}
                  currency={currency}
                  unitCapLabel={t('console.cue.unitCap')}
                  onChange={changeSale}
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
