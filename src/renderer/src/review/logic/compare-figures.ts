import type {
  CompareRow,
  ProductResult,
  ResultDiff,
  RunComparison,
} from '../../../../shared/model/review';
import {
  formatClock,
  formatClockTenths,
  formatDurationCell,
} from '../../../../shared/format/durations';
import { formatMoney } from '../../../../shared/format/money';
import {
  formatCount,
  formatPercent,
  formatPercentDifference,
} from '../../../../shared/format/numbers';
import { formatOffset, formatSigned } from './review-format';

export type CompareFigure = keyof ResultDiff;

export const COMPARE_FIGURES: readonly CompareFigure[] = [
  'unitsSold',
  'revenueMinor',
  'sellThrough',
  'soldOutAt',
  'pinToSoldOutMs',
  'peakUnitsPerSecond',
  'pinnedMs',
  'unitsWhilePinned',
];

/**
 * One figure of one side; sold-out times are taken since that run's start on its clock; no time
 * pinned is none (never pinned), as in the results table.
 */
function value(result: ProductResult | null, figure: CompareFigure, start: number): number | null {
  if (result === null) return null;
  const raw = result[figure];
  if (raw === null || (figure === 'pinnedMs' && raw === 0)) return null;
  return figure === 'soldOutAt' ? raw - start : raw;
}

/** Formats a figure's value (or a difference, signed) in the UI language. */
function formatter(figure: CompareFigure, row: CompareRow, language: string) {
  const currency = row.a?.currency ?? row.b?.currency ?? 'CNY';
  switch (figure) {
    case 'unitsSold':
    case 'peakUnitsPerSecond':
    case 'unitsWhilePinned':
      return (v: number) => formatCount(v, language);
    case 'revenueMinor':
      return (v: number) => formatMoney(v, currency, language);
    // A difference under 0.1% keeps its digit ("+0.04%"), never "0%" beside 50% and 50.04%.
    case 'sellThrough':
      return (v: number, signed: boolean) =>
        signed ? formatPercentDifference(v, language) : formatPercent(v, language);
    // A column of clocks has its difference as a clock: "+0:42.0" and "+0:30.0" differ by "−0:12.0".
    case 'soldOutAt':
      return (v: number, signed: boolean) => (signed ? formatClockTenths(v) : formatOffset(v, 0));
    // A run's figure reads as in the results table ("4:39", "5:18"), their difference "+0:39".
    case 'pinToSoldOutMs':
    case 'pinnedMs':
      return (v: number, signed: boolean) => (signed ? formatClock(v) : formatDurationCell(v));
    default: {
      const unreachable: never = figure;
      throw new Error(`unknown figure ${String(unreachable)}`);
    }
  }
}

export interface FigureCells {
  a: string;
  b: string;
  diff: string;
  /** Sign of B minus A as shown (0 when equal, too small to show, or unknown). */
  sign: -1 | 0 | 1;
}

const NONE = '–';

/** The texts of one figure of one product: A, B and B minus A. */
export function figureCells(
  comparison: RunComparison,
  row: CompareRow,
  figure: CompareFigure,
  language: string,
): FigureCells {
  const format = formatter(figure, row, language);
  const a = value(row.a, figure, comparison.from.a);
  const b = value(row.b, figure, comparison.from.b);
  const diff = row.diff[figure];
  const signed = (magnitude: number) => format(magnitude, true);
  // Nothing on either side (never pinned in both runs) has no difference to show.
  const diffText = diff === null || (a === null && b === null) ? NONE : formatSigned(diff, signed);
  const shown = diff !== null && diffText !== NONE && diffText !== signed(0);
  return {
    a: a === null ? NONE : format(a, false),
    b: b === null ? NONE : format(b, false),
    diff: diffText,
    sign: !shown ? 0 : diff > 0 ? 1 : -1,
  };
}
