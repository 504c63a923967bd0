import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/model/lineup';
import { CURRENCY_EXPONENT } from '../../../../shared/format/currency';
import type { FlashSaleErrors, FlashSaleField, FlashSaleValues } from './logic/flash-sale-values';
import { MAX_SECONDS, MAX_UNITS } from './logic/numbers';
import { useRunMode } from '../../rehearsal/use-run-mode';

interface FlashSaleFieldsProps {
  values: FlashSaleValues;
  errors: FlashSaleErrors;
  currency: Currency;
  /** The unit cap's label, which says what the cap counts in the dialog's words. */
  unitCapLabel: string;
  onChange: (field: FlashSaleField, value: number | string) => void;
  /** Whether the price takes the focus when the dialog opens. */
  focusPrice?: boolean;
}

/** A flash sale's price, unit cap and duration, laid out by the form around them. */
export function FlashSaleFields({
  values,
  errors,
  currency,
  unitCapLabel,
  onChange,
  focusPrice = false,
}: FlashSaleFieldsProps) {
  const { t } = useTranslation();
  // A rehearsal's sale lasts its seconds of show time (at its speed, standing while paused).
  const showTime = useRunMode() === 'rehearsal';
  return (
    <>
      <NumberInput
        label={t('live.dialogs.flashPrice', { currency })}
        value={values.price}
        onChange={(value) => onChange('price', value)}
        min={0}
        decimalScale={CURRENCY_EXPONENT[currency]}
        error={errors.price}
        data-autofocus={focusPrice || undefined}
      />
      <NumberInput
        label={unitCapLabel}
        value={values.unitCap}
        onChange={(value) => onChange('unitCap', value)}
        min={1}
        max={MAX_UNITS}
        allowDecimal={false}
        error={errors.unitCap}
      />
      <NumberInput
        label={t(showTime ? 'live.dialogs.flashSecondsShowTime' : 'live.dialogs.flashSeconds')}
        value={values.seconds}
        onChange={(value) => onChange('seconds', value)}
        min={1}
        max={MAX_SECONDS}
        allowDecimal={false}
        error={errors.seconds}
      />
    </>
  );
}
