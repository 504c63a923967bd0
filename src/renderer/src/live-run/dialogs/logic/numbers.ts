import type { Currency } from '../../../../../shared/model/lineup';
import { toMinor } from '../../../../../shared/format/currency';

/** The largest price and the largest unit count a command takes (as the protocol says). */
export const MAX_PRICE_MINOR = 100_000_000;
export const MAX_UNITS = 100_000_000;
export const MAX_SECONDS = 86_400;

/** NumberInput's value as a whole number within [min, max], or null. */
export function wholeNumber(value: number | string, min: number, max: number): number | null {
  const parsed = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) return null;
  return parsed;
}

/** A price typed in major units ("59.9") as minor units, or null when it is not a valid price. */
export function priceMinor(value: number | string, currency: Currency): number | null {
  const parsed = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) return null;
  const minor = toMinor(parsed, currency);
  return minor <= MAX_PRICE_MINOR ? minor : null;
}
