import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/model/live';
import { formatMajor, formatPrice, PRICE_DECIMALS } from '../../lineup/money';
import type { DialogProduct } from '../live-actions';
import { useLiveRow } from '../use-live';
import { CommandDialog } from './CommandDialog';
import { MAX_PRICE_MINOR, priceMinor } from './numbers';

interface SetPriceDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** Changes a product's base price, after a confirmation that says the old and the new price. */
export function SetPriceDialog({ product, send, onClose }: SetPriceDialogProps) {
  const { t } = useTranslation();
  const live = useLiveRow(product.sku)?.product;
  const currency = live?.currency ?? 'CNY';
  const current = live?.priceMinor ?? 0;
  const [price, setPrice] = useState<number | string>(() => Number(formatMajor(current)));
  const [error, setError] = useState<string | undefined>();
  return (
    <CommandDialog
      title={t('live.dialogs.priceTitle', { name: product.name })}
      submitLabel={t('live.dialogs.priceSubmit')}
      confirms
      send={send}
      onClose={onClose}
      review={() => {
        const value = priceMinor(price);
        if (value === null) {
          setError(t('live.dialogs.rangeError', { min: 0, max: formatMajor(MAX_PRICE_MINOR) }));
          return null;
        }
        return {
          command: { type: 'setPrice', sku: product.sku, priceMinor: value },
          confirmation: t('live.dialogs.priceConfirm', {
            name: product.name,
            from: formatPrice(current, currency),
            to: formatPrice(value, currency),
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
        decimalScale={PRICE_DECIMALS}
        error={error}
        data-autofocus
      />
    </CommandDialog>
  );
}
