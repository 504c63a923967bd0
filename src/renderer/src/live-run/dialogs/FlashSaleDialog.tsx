import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/model/live';
import { CURRENCY_EXPONENT } from '../../../../shared/format/currency';
import { formatMajor, formatMoney } from '../../../../shared/format/money';
import { formatCount } from '../../../../shared/format/numbers';
import type { DialogProduct } from '../live-actions';
import { useLiveRow } from '../use-live';
import { CommandDialog } from './CommandDialog';
import { MAX_PRICE_MINOR, MAX_SECONDS, MAX_UNITS, priceMinor, wholeNumber } from './numbers';

interface FlashSaleDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

type Field = 'price' | 'unitCap' | 'seconds';

/** A flash price for some seconds and at most some units; the server ends it by itself. */
export function FlashSaleDialog({ product, send, onClose }: FlashSaleDialogProps) {
  const { t, i18n } = useTranslation();
  const currency = useLiveRow(product.sku)?.product.currency ?? 'CNY';
  const [values, setValues] = useState<Record<Field, number | string>>({
    price: '',
    unitCap: '',
    seconds: 60,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const count = (value: number) => formatCount(value, i18n.language);

  const set = (field: Field) => (value: number | string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  const review = () => {
    const price = priceMinor(values.price, currency);
    const unitCap = wholeNumber(values.unitCap, 1, MAX_UNITS);
    const seconds = wholeNumber(values.seconds, 1, MAX_SECONDS);
    if (price === null || unitCap === null || seconds === null) {
      setErrors({
        price:
          price === null
            ? t('live.dialogs.rangeError', { min: 0, max: formatMajor(MAX_PRICE_MINOR, currency) })
            : undefined,
        unitCap:
          unitCap === null
            ? t('live.dialogs.rangeError', { min: 1, max: count(MAX_UNITS) })
            : undefined,
        seconds:
          seconds === null
            ? t('live.dialogs.rangeError', { min: 1, max: count(MAX_SECONDS) })
            : undefined,
      });
      return null;
    }
    return {
      command: {
        type: 'flashSale',
        sku: product.sku,
        priceMinor: price,
        unitCap,
        seconds,
      } satisfies LiveCommand,
      confirmation: t('live.dialogs.flashConfirm', {
        name: product.name,
        price: formatMoney(price, currency, i18n.language),
        seconds: count(seconds),
        cap: count(unitCap),
      }),
    };
  };

  return (
    <CommandDialog
      title={t('live.dialogs.flashTitle', { name: product.name })}
      submitLabel={t('live.dialogs.flashSubmit')}
      confirms
      send={send}
      onClose={onClose}
      review={review}
    >
      <NumberInput
        label={t('live.dialogs.flashPrice', { currency })}
        value={values.price}
        onChange={set('price')}
        min={0}
        decimalScale={CURRENCY_EXPONENT[currency]}
        error={errors.price}
        data-autofocus
      />
      <NumberInput
        label={t('live.dialogs.unitCap')}
        value={values.unitCap}
        onChange={set('unitCap')}
        min={1}
        max={MAX_UNITS}
        allowDecimal={false}
        error={errors.unitCap}
      />
      <NumberInput
        label={t('live.dialogs.flashSeconds')}
        value={values.seconds}
        onChange={set('seconds')}
        min={1}
        max={MAX_SECONDS}
        allowDecimal={false}
        error={errors.seconds}
      />
    </CommandDialog>
  );
}
