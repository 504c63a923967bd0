import type { Currency } from '../model/lineup';

/**
 * Digits after the decimal point of each currency's minor unit (ISO 4217 exponent): a price of
 * 5990 is 59.90 CNY, and 5990 JPY is ¥5,990 since the yen has no minor unit.
 */
export const CURRENCY_EXPONENT: Readonly<Record<Currency, number>> = {
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

/** How many minor units make one major unit: 100 for CNY, 1 for JPY. */
export function minorPerMajor(currency: Currency): number {
  return 10 ** CURRENCY_EXPONENT[currency];
}

/** 239 (or 239.004) CNY is 23900 minor units; 1200 JPY is 1200. */
export function toMinor(major: number, currency: Currency): number {
  return Math.round(major * minorPerMajor(currency));
}

/** 23900 minor units of CNY are 239; 1200 of JPY are 1200. */
export function toMajor(minor: number, currency: Currency): number {
  return minor / minorPerMajor(currency);
}
