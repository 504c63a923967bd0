import type { Currency } from '../../../../../shared/model/lineup';
import type { CueFlashSale } from '../../../../../shared/model/onair';
import { formatMajor } from '../../../../../shared/format/money';
import { formatCount } from '../../../../../shared/format/numbers';
import { MAX_PRICE_MINOR, MAX_SECONDS, MAX_UNITS, priceMinor, wholeNumber } from './numbers';

export type FlashSaleField = 'price' | 'unitCap' | 'seconds';
/** The flash-sale fields as typed (NumberInput values). */
export type FlashSaleValues = Record<FlashSaleField, number | string>;
export type FlashSaleErrors = Partial<Record<FlashSaleField, string>>;

/** The fields of a new flash sale: no price or cap yet, one minute. */
export const NEW_FLASH_SALE: FlashSaleValues = { price: '', unitCap: '', seconds: 60 };

/** The error text of a value outside [min, max] (max already formatted). */
export type RangeError = (min: number, max: string) => string;

/**
 * The flash sale the fields make, or an error for each field that is not valid: a price from 0 to
 * the largest the protocol takes, a unit cap and seconds as whole numbers from 1.
 */
export function checkFlashSale(
  values: FlashSaleValues,
  currency: Currency,
  language: string,
  rangeError: RangeError,
): { sale: CueFlashSale; errors: null } | { sale: null; errors: FlashSaleErrors } {
  const price = priceMinor(values.price, currency);
  const unitCap = wholeNumber(values.unitCap, 1, MAX_UNITS);
  const seconds = wholeNumber(values.seconds, 1, MAX_SECONDS);
  if (price !== null && unitCap !== null && seconds !== null) {
    return { sale: { priceMinor: price, unitCap, seconds }, errors: null };
  }
  const errors: FlashSaleErrors = {};
  if (price === null) errors.price = rangeError(0, formatMajor(MAX_PRICE_MINOR, currency));
  if (unitCap === null) errors.unitCap = rangeError(1, formatCount(MAX_UNITS, language));
  if (seconds === null) errors.seconds = rangeError(1, formatCount(MAX_SECONDS, language));
  return { sale: null, errors };
}
