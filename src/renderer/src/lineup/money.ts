import type { Currency } from '../../../shared/model/lineup';

/** Digits after the decimal point of each currency's major unit (ISO 4217). */
const MINOR_DIGITS: Record<Currency, number> = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  THB: 2,
  MYR: 2,
  IDR: 2,
  VND: 0,
  PHP: 2,
  JPY: 0,
};

export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/** 23900 CNY is "239.00". */
export function formatMajor(priceMinor: number, currency: Currency): string {
  const digits = minorDigits(currency);
  return (priceMinor / 10 ** digits).toFixed(digits);
}

/** 23900 CNY is "239.00 CNY". */
export function formatPrice(priceMinor: number, currency: Currency): string {
  return `${formatMajor(priceMinor, currency)} ${currency}`;
}

/** 239 (or 239.004) CNY is 23900 minor units. */
export function toMinor(major: number, currency: Currency): number {
  return Math.round(major * 10 ** minorDigits(currency));
}
