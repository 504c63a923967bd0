import { coreText, type CoreText } from '../../../shared/api/core-text';
import { CURRENCY_EXPONENT } from '../../../shared/format/currency';
import { formatMajor } from '../../../shared/format/money';
import { PriceMinor, type Currency } from '../../../shared/model/lineup';

/** Parsing of single CSV cells: prices in major units and whole counts. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; text: CoreText };

const failed = (text: CoreText) => ({ ok: false, text }) as const;

const MAX_PRICE_MINOR = PriceMinor.maxValue ?? 100_000_000;

/**
 * "59.90" CNY -> 5990, "1200" JPY -> 1200: at most as many decimals as the currency's minor
 * unit has. Rejects negatives, commas and anything else.
 */
export function parsePrice(text: string, currency: Currency): CellResult<number> {
  const value = text.trim();
  const digits = CURRENCY_EXPONENT[currency];
  if (value === '') return failed(coreText('price_empty'));
  if (value.startsWith('-')) return failed(coreText('price_negative', { value }));
  if (/^\d+,\d{1,2}$/.test(value)) {
    return failed(coreText('price_comma', { value, suggestion: value.replace(',', '.') }));
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return failed(coreText('price_not_number', { value }));
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return failed(coreText('price_decimals', { value, digits, currency }));
  }
  const whole = match[1].replace(/^0+(?=\d)/, '');
  if (whole.length > 9) return tooLarge(value, currency);
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return minor > MAX_PRICE_MINOR ? tooLarge(value, currency) : { ok: true, value: minor };
}

function tooLarge(value: string, currency: Currency): CellResult<number> {
  return failed(
    coreText('price_too_large', { value, max: formatMajor(MAX_PRICE_MINOR, currency) }),
  );
}

/** A whole, non-negative number such as a stock count or a number of seconds. */
export function parseCount(text: string, what: CoreText): CellResult<number> {
  const value = text.trim();
  if (value === '') return failed(coreText('count_empty', { what }));
  if (/^-\d+$/.test(value)) return failed(coreText('count_negative', { value }));
  if (/^\d{1,3}([,. ]\d{3})+$/.test(value)) {
    return failed(coreText('count_separators', { value, suggestion: value.replace(/[,. ]/g, '') }));
  }
  if (!/^\d+$/.test(value)) return failed(coreText('count_not_whole', { value }));
  return { ok: true, value: Number(value) };
}

/**
 * Splits a talking point cell on "|"; an empty cell holds no talking point. A "|" or "\" inside
 * a talking point is written "\|" or "\\" (see joinTalkingPoints), so any text survives.
 */
export function splitTalkingPoints(cell: string): string[] {
  const value = cell.trim();
  if (value === '') return [];
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    const next = value[index + 1];
    if (char === '\\' && (next === '|' || next === '\\')) {
      current += next;
      index += 1;
    } else if (char === '|') {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** Talking points in one cell, " | " between them, "|" and "\" inside them escaped. */
export function joinTalkingPoints(texts: readonly string[]): string {
  return texts.map((text) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|')).join(' | ');
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so export prefixes such cells
 * with an apostrophe; import removes it again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
