import type { Currency } from '../../../shared/model/lineup';

/**
 * Prices are stored in hundredths of the major unit for every currency, as the core's CSV import
 * and export read and write them (59.90 is 5990), so the editor uses two decimals throughout.
 */
const MINOR_DIGITS = 2;
const MINOR_PER_MAJOR = 10 ** MINOR_DIGITS;

export const PRICE_DECIMALS = MINOR_DIGITS;

/** 23900 is "239.00". */
export function formatMajor(priceMinor: number): string {
  return (priceMinor / MINOR_PER_MAJOR).toFixed(MINOR_DIGITS);
}

/** 23900 CNY is "239.00 CNY". */
export function formatPrice(priceMinor: number, currency: Currency): string {
  return `${formatMajor(priceMinor)} ${currency}`;
}

/** 239 (or 239.004) is 23900 minor units. */
export function toMinor(major: number): number {
  return Math.round(major * MINOR_PER_MAJOR);
}
