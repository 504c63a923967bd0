import type { Currency } from '../model/lineup';
import { CURRENCY_EXPONENT, toMajor } from './currency';
import { numberFormat } from './intl-cache';

/**
 * Money is kept in minor units of its currency (ISO 4217 exponent, see currency.ts) and shown
 * with exactly that many decimals: "59.90 CNY", "1,200 JPY".
 */

/** No break between amount and currency code, so "CNY" never wraps onto a line of its own. */
const NO_BREAK_SPACE = '\u00a0';

/** 23900 CNY is "239.00", 1200 JPY is "1200": no grouping, for input fields and CSV cells. */
export function formatMajor(minor: number, currency: Currency): string {
  return toMajor(minor, currency).toFixed(CURRENCY_EXPONENT[currency]);
}

/** 614200000 CNY is "6,142,000.00" in English: grouped, the currency's decimals. */
export function formatAmount(minor: number, currency: Currency, language: string): string {
  const digits = CURRENCY_EXPONENT[currency];
  return numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toMajor(minor, currency));
}

/** 23900 CNY is "239.00 CNY". */
export function formatMoney(minor: number, currency: Currency, language: string): string {
  return `${formatAmount(minor, currency, language)}${NO_BREAK_SPACE}${currency}`;
}

/** Amounts in several currencies joined: "1,234.00 CNY + 10.00 USD"; "–" for none. */
export function formatMoneyList(
  amounts: readonly { minor: number; currency: Currency }[],
  language: string,
): string {
  if (amounts.length === 0) return '–';
  return amounts.map((item) => formatMoney(item.minor, item.currency, language)).join(' + ');
}

/** 23900 CNY is "¥239", 5990 is "¥59.90": the way a host reads a price out. */
export function formatSpokenPrice(minor: number, currency: Currency, language: string): string {
  const digits = CURRENCY_EXPONENT[currency];
  return numberFormat(language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    trailingZeroDisplay: 'stripIfInteger',
  }).format(toMajor(minor, currency));
}
