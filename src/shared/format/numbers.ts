import { numberFormat } from './intl-cache';

/**
 * Counts, rates and shares in the UI language, the same on every screen and in every export:
 * grouping by the language's rules ("1,234"), at most one decimal for rates.
 */

/** 1234 is "1,234" in English. */
export function formatCount(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** A figure with one decimal at most: "12.5", "3". */
export function formatDecimal(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** Units per second: one decimal below 100 ("12.5"), whole above ("1,405"). */
export function formatUnitRate(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: value < 100 ? 1 : 0 }).format(value);
}

/** A ratio as a percentage with one decimal at most: 0.875 is "87.5%", 0.5 is "50%". */
function percent(ratio: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** The least share formatPercent writes as a figure: one under it but above 0 reads "<0.1%". */
const LEAST_SHOWN_SHARE = 0.001;

/**
 * A share (sell-through, an export's progress): 0.875 is "87.5%", 0.5 is "50%". "0%" only for
 * none and "100%" only for all: a share above 0 that would round to "0%" (3 of 20,000) reads
 * "<0.1%", one under all that would round to "100%" reads ">99.9%".
 */
export function formatPercent(ratio: number, language: string): string {
  if (ratio > 0 && ratio < LEAST_SHOWN_SHARE / 2) {
    return `<${percent(LEAST_SHOWN_SHARE, language)}`;
  }
  if (ratio < 1 && ratio >= 1 - LEAST_SHOWN_SHARE / 2) {
    return `>${percent(1 - LEAST_SHOWN_SHARE, language)}`;
  }
  return percent(ratio, language);
}

/** Below this a difference of shares is float noise, not a difference: it reads "0%". */
const NO_SHARE = 1e-9;

/**
 * A difference of two shares, as a percentage with one decimal at most but one under 0.1% keeps
 * its first digit ("0.04%"), so that a difference is never shown as "0%" while there is one.
 */
export function formatPercentDifference(ratio: number, language: string): string {
  const magnitude = Math.abs(ratio);
  if (magnitude < NO_SHARE) return percent(0, language);
  if (magnitude >= LEAST_SHOWN_SHARE) return percent(ratio, language);
  return numberFormat(language, { style: 'percent', maximumSignificantDigits: 1 }).format(ratio);
}

/** A speed factor: "10×", "9.6×". */
export function formatSpeed(speed: number, language: string): string {
  return `${formatDecimal(speed, language)}×`;
}

/** A file size in megabytes with one decimal at most: "12.5 MB", "0.1 MB". */
export function formatMegabytes(bytes: number, language: string): string {
  return numberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
}
