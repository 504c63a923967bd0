import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/model/live';
import { CURRENCY_EXPONENT } from '../../../../shared/format/currency';
import { formatMajor, formatMoney } from '../../../../shared/format/money';
import type { DialogProduct } from '../logic/live-actions';
import { useLiveRow } from '../use-live';
import { CommandDialog } from './CommandDialog';
import { MAX_PRICE_MINOR, priceMinor } from './logic/numbers';

interface SetPriceDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** Changes a product's base price, after a confirmation that says the old and the new price. */
export function SetPriceDialog({ product, send, onClose }: SetPriceDialogProps) {
  const { t, i18n } = useTranslation();
  const live = useLiveRow(product.sku)?.product;
  const currency = live?.currency ?? 'CNY';
  const current = live?.priceMinor ?? 0;
  const [price, setPrice] = useState<number | string>(() => Number(formatMajor(current, currency)));
  const [error, setError] = useState<string | undefined>();
  return (
    <CommandDialog
      title={t('live.dialogs.priceTitle', { name: product.name })}
      submitLabel={t('live.dialogs.priceSubmit')}
      confirms
      send={send}
      onClose={onClose}
      review={() => {
        const value = priceMinor(price, currency);
        if (value === null) {
          setError(
            t('live.dialogs.rangeError', { min: 0, max: formatMajor(MAX_PRICE_MINOR, currency) }),
          );
          return null;
        }
        return {
          command: { type: 'setPrice', sku: product.sku, priceMinor: value },
          confirmation: t('live.dialogs.priceConfirm', {
            name: product.name,
            from: formatMoney(current, currency, i18n.language),
            to: formatMoney(value, currency, i18n.language),
          }),
        };
      }}
    >
      <NumberInput
        label={t('live.dialogs.newPrice', { currency })}
        value={price}
        onChange={(value) => {
          setPrice(value);
          setError(undefined);
        }}
        min={0}
        decimalScale={CURRENCY_EXPONENT[currency]}
        error={error}
        data-autofocus
      />
    </CommandDialog>
  );
}
