import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../../shared/model/live';
import { formatCount } from '../../../../shared/format/numbers';
import type { DialogProduct } from '../logic/live-actions';
import { useLiveRow } from '../use-live';
import { CommandDialog } from './CommandDialog';
import { MAX_UNITS, wholeNumber } from './logic/numbers';

interface RestockDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** Adds units to a product's stock, after a confirmation that says the stock before and after. */
export function RestockDialog({ product, send, onClose }: RestockDialogProps) {
  const { t, i18n } = useTranslation();
  const stock = useLiveRow(product.sku)?.product.stock ?? 0;
  const [units, setUnits] = useState<number | string>('');
  const [error, setError] = useState<string | undefined>();
  const count = (value: number) => formatCount(value, i18n.language);
  return (
    <CommandDialog
      title={t('live.dialogs.restockTitle', { name: product.name })}
      submitLabel={t('live.dialogs.restockSubmit')}
      confirms
      send={send}
      onClose={onClose}
      review={() => {
        const value = wholeNumber(units, 1, MAX_UNITS);
        if (value === null) {
          setError(t('live.dialogs.rangeError', { min: 1, max: count(MAX_UNITS) }));
          return null;
        }
        return {
          command: { type: 'restock', sku: product.sku, units: value },
          confirmation: t('live.dialogs.restockConfirm', {
            units: count(value),
            name: product.name,
            from: count(stock),
            to: count(stock + value),
          }),
        };
      }}
    >
      <NumberInput
        label={t('live.dialogs.units')}
        value={units}
        onChange={(value) => {
          setUnits(value);
          setError(undefined);
        }}
        min={1}
        max={MAX_UNITS}
        allowDecimal={false}
        error={error}
        data-autofocus
      />
    </CommandDialog>
  );
}
