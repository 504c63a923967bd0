import { englishText, type CoreText } from '../../../shared/api/core-text';
import type { ApiIssue } from '../../../shared/api/errors';

/** The lineup CSV header, in the order export writes it. Import accepts any order. */
export const CSV_COLUMNS = [
  'sku',
  'name_host',
  'name_audience',
  'price',
  'currency',
  'opening_stock',
  'low_stock_threshold',
  'image',
  'talking_points_host',
  'talking_points_audience',
  'talking_points_seconds',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}

/**
 * An issue tied to one cell (or, without a column, to a whole row): its text, and in English
 * with the place first.
 */
export function csvIssue(row: number, column: string | undefined, text: CoreText): ApiIssue {
  const message = englishText(text);
  return column === undefined
    ? { path: [row], row, message: `Row ${row}: ${message}`, text }
    : {
        path: [row, column],
        row,
        column,
        message: `Row ${row}, column ${column}: ${message}`,
        text,
      };
}
