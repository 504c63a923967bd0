import { PriceMinor } from '../../../shared/model/lineup';

/** Parsing of single CSV cells: prices in major units and whole counts. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const PRICE_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;
const MAX_PRICE_MINOR = PriceMinor.maxValue ?? 100_000_000;

/** "59.90" -> 5990. Rejects negatives, more than two decimals, commas and anything else. */
export function parsePrice(text: string): CellResult<number> {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'price is empty' };
  if (value.startsWith('-'))
    return { ok: false, message: `"${value}" is negative; prices start at 0` };
  if (/^\d+,\d{1,2}$/.test(value)) {
    return { ok: false, message: `"${value}" is not a price (use ${value.replace(',', '.')})` };
  }
  if (/^\d+\.\d{3,}$/.test(value)) {
    return { ok: false, message: `"${value}" has more than 2 decimals` };
  }
  const match = PRICE_PATTERN.exec(value);
  if (!match) return { ok: false, message: `"${value}" is not a price (use a number like 59.90)` };
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > 9) return tooLarge(value);
  const minor = Number(whole) * 100 + Number(fraction);
  return minor > MAX_PRICE_MINOR ? tooLarge(value) : { ok: true, value: minor };
}

function tooLarge(value: string): CellResult<number> {
  return {
    ok: false,
    message: `"${value}" is too large (at most ${formatPrice(MAX_PRICE_MINOR)})`,
  };
}

/** 5990 -> "59.90": always two decimals, so export and import agree. */
export function formatPrice(minor: number): string {
  const whole = Math.floor(minor / 100);
  const fraction = String(minor % 100).padStart(2, '0');
  return `${whole}.${fraction}`;
}

/** A whole, non-negative number such as a stock count or a number of seconds. */
export function parseCount(text: string, what: string): CellResult<number> {
  const value = text.trim();
  if (value === '') return { ok: false, message: `${what} is empty` };
  if (/^-\d+$/.test(value)) return { ok: false, message: `"${value}" is negative` };
  if (/^\d{1,3}([,. ]\d{3})+$/.test(value)) {
    return {
      ok: false,
      message: `"${value}" is not a whole number (write ${value.replace(/[,. ]/g, '')} without separators)`,
    };
  }
  if (!/^\d+$/.test(value)) return { ok: false, message: `"${value}" is not a whole number` };
  return { ok: true, value: Number(value) };
}

/** Splits a talking point cell on "|"; an empty cell holds no talking point. */
export function splitTalkingPoints(cell: string): string[] {
  const value = cell.trim();
  return value === '' ? [] : value.split('|').map((part) => part.trim());
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so export prefixes such cells
 * with an apostrophe; import removes it again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
