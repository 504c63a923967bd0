import type { ZodError } from 'zod';
import type { CsvPreviewRow } from '../../../shared/api/contract';
import { issueReason, type ApiIssue, type IssueReason } from '../../../shared/api/errors';
import { Currency, ProductInput, TalkingPointInput } from '../../../shared/model/lineup';
import { csvIssue, type CsvColumn } from './csv-columns';
import { parseCount, parsePrice, splitTalkingPoints, type CellResult } from './csv-values';

/** Reads one cell of the current row by column name, already trimmed and unescaped. */
export type CellReader = (column: CsvColumn) => string;

/** Reports a problem of the row in one column, with its reason when the renderer words it. */
type Report = (column: CsvColumn, message: string, reason?: IssueReason) => void;

const PRODUCT_COLUMNS: Record<keyof ProductInput, CsvColumn> = {
  sku: 'sku',
  nameHost: 'name_host',
  nameAudience: 'name_audience',
  priceMinor: 'price',
  currency: 'currency',
  openingStock: 'opening_stock',
  lowStockThreshold: 'low_stock_threshold',
  imagePath: 'image',
};

const POINT_COLUMNS: Record<keyof TalkingPointInput, CsvColumn> = {
  textHost: 'talking_points_host',
  textAudience: 'talking_points_audience',
  plannedSeconds: 'talking_points_seconds',
};

/**
 * Turns one CSV row into a product and its talking points, checked with the lineup schemas.
 * Every problem in the row is reported, each naming its column; the row is returned only when
 * it has none.
 */
export function readCsvRow(
  row: number,
  cell: CellReader,
): { value?: CsvPreviewRow; issues: ApiIssue[] } {
  const issues: ApiIssue[] = [];
  const flagged = new Set<CsvColumn>();
  const report: Report = (column, message, reason) => {
    flagged.add(column);
    const issue = csvIssue(row, column, message);
    issues.push(reason ? { ...issue, reason } : issue);
  };
  const take = <T>(column: CsvColumn, result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    report(column, result.message);
    return fallback;
  };

  const currencyText = cell('currency').toUpperCase();
  const currency = Currency.safeParse(currencyText);
  if (!currency.success) {
    report(
      'currency',
      currencyText === ''
        ? 'currency is empty'
        : `"${currencyText}" is not a supported currency (use one of ${Currency.options.join(', ')})`,
    );
  }
  const threshold = cell('low_stock_threshold');
  const candidate = {
    sku: cell('sku'),
    nameHost: cell('name_host'),
    nameAudience: cell('name_audience'),
    priceMinor: take('price', parsePrice(cell('price'), currency.data ?? 'CNY'), 0),
    currency: currency.success ? currency.data : 'CNY',
    openingStock: take('opening_stock', parseCount(cell('opening_stock'), 'opening stock'), 0),
    lowStockThreshold:
      threshold === '' ? 0 : take('low_stock_threshold', parseCount(threshold, 'threshold'), 0),
    imagePath: cell('image') === '' ? null : cell('image'),
  };
  const product = ProductInput.safeParse(candidate);
  if (!product.success) {
    // The low-stock alert is compared with the opening stock only when that stock was read.
    const stockUnread = flagged.has('opening_stock');
    for (const { column, message } of zodCells(product.error, PRODUCT_COLUMNS)) {
      if (flagged.has(column) || (stockUnread && column === 'low_stock_threshold')) continue;
      report(column, message);
    }
  }

  const talkingPoints = readTalkingPoints(cell, report);
  if (issues.length > 0 || !product.success) return { issues };
  return { value: { row, product: product.data, talkingPoints }, issues };
}

function readTalkingPoints(cell: CellReader, report: Report): TalkingPointInput[] {
  const hosts = splitTalkingPoints(cell('talking_points_host'));
  const audiences = splitTalkingPoints(cell('talking_points_audience'));
  const seconds = splitTalkingPoints(cell('talking_points_seconds'));
  let countsMatch = true;
  const checkCount = (column: CsvColumn, given: string[], what: string) => {
    if (given.length === 0 || given.length === hosts.length) return;
    countsMatch = false;
    report(
      column,
      `${given.length} ${what} for ${hosts.length} host talking points (separate them with " | ")`,
    );
  };
  checkCount('talking_points_audience', audiences, 'audience texts');
  checkCount('talking_points_seconds', seconds, 'durations');
  if (!countsMatch) return [];

  const points: TalkingPointInput[] = [];
  hosts.forEach((textHost, index) => {
    const secondsText = seconds[index] ?? '0';
    const parsedSeconds = parseCount(secondsText, 'duration');
    if (!parsedSeconds.ok) {
      report('talking_points_seconds', `talking point ${index + 1}: ${parsedSeconds.message}`);
      return;
    }
    const point = TalkingPointInput.safeParse({
      textHost,
      textAudience: audiences[index] ?? '',
      plannedSeconds: parsedSeconds.value,
    });
    if (point.success) points.push(point.data);
    else {
      for (const { column, message, reason } of zodCells(point.error, POINT_COLUMNS)) {
        report(column, `talking point ${index + 1}: ${message}`, reason);
      }
    }
  });
  return points;
}

function zodCells<K extends string>(
  error: ZodError,
  columns: Record<K, CsvColumn>,
): { column: CsvColumn; message: string; reason?: IssueReason }[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0]) as K;
    return { column: columns[field], message: issue.message, reason: issueReason(issue) };
  });
}
