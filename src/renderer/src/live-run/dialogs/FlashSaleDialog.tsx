import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunMode } from '../../rehearsal/use-run-mode';
import type { LiveCommand } from '../../../../shared/model/live';
import { formatMoney } from '../../../../shared/format/money';
import { formatCount } from '../../../../shared/format/numbers';
import type { DialogProduct } from '../logic/live-actions';
import { useLiveRow } from '../use-live';
import { CommandDialog } from './CommandDialog';
import {
  checkFlashSale,
  NEW_FLASH_SALE,
  type FlashSaleErrors,
  type FlashSaleField,
} from './logic/flash-sale-values';
import { FlashSaleFields } from './FlashSaleFields';

interface FlashSaleDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** A flash price for some seconds and at most some units; the server ends it by itself. */
export function FlashSaleDialog({ product, send, onClose }: FlashSaleDialogProps) {
  const { t, i18n } = useTranslation();
  const showTime = useRunMode() === 'rehearsal';
  const currency = useLiveRow(product.sku)?.product.currency ?? 'CNY';
  const [values, setValues] = useState(NEW_FLASH_SALE);
  const [errors, setErrors] = useState<FlashSaleErrors>({});

  const change = (field: FlashSaleField, value: number | string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  const review = () => {
    const { sale, errors: next } = checkFlashSale(values, currency, i18n.language, (min, max) =>
      t('live.dialogs.rangeError', { min, max }),
    );
    if (sale === null) {
      setErrors(next);
      return null;
    }
    return {
      command: { type: 'flashSale', sku: product.sku, ...sale } satisfies LiveCommand,
      confirmation: t(
        showTime ? 'live.dialogs.flashConfirmShowTime' : 'live.dialogs.flashConfirm',
        {
          name: product.name,
          price: formatMoney(sale.priceMinor, currency, i18n.language),
          seconds: formatCount(sale.seconds, i18n.language),
          cap: formatCount(sale.unitCap, i18n.language),
        },
      ),
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
      <FlashSaleFields
        values={values}
        errors={errors}
        currency={currency}
        unitCapLabel={t('live.dialogs.unitCap')}
        onChange={change}
        focusPrice
      />
    </CommandDialog>
  );
}
