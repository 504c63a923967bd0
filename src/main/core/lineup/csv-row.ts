import type { ZodError } from 'zod';
import type { CsvPreviewRow } from '../../../shared/api/contract';
import { coreText, type CoreText } from '../../../shared/api/core-text';
import type { ApiIssue } from '../../../shared/api/errors';
import { zodIssueText } from '../../../shared/api/zod-issue-text';
import { Currency, ProductInput, TalkingPointInput } from '../../../shared/model/lineup';
import { csvIssue, type CsvColumn } from './csv-columns';
import { parseCount, parsePrice, splitTalkingPoints, type CellResult } from './csv-values';

/** Reads one cell of the current row by column name, already trimmed and unescaped. */
export type CellReader = (column: CsvColumn) => string;

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
  const report = (column: CsvColumn, text: CoreText) => {
    flagged.add(column);
    issues.push(csvIssue(row, column, text));
  };
  const take = <T>(column: CsvColumn, result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    report(column, result.text);
    return fallback;
  };

  const currencyText = cell('currency').toUpperCase();
  const currency = Currency.safeParse(currencyText);
  if (!currency.success) {
    report(
      'currency',
      currencyText === ''
        ? coreText('currency_empty')
        : coreText('currency_unknown', {
            value: currencyText,
            options: Currency.options.join(', '),
          }),
    );
  }
  const threshold = cell('low_stock_threshold');
  const candidate = {
    sku: cell('sku'),
    nameHost: cell('name_host'),
    nameAudience: cell('name_audience'),
    priceMinor: take('price', parsePrice(cell('price'), currency.data ?? 'CNY'), 0),
    currency: currency.success ? currency.data : 'CNY',
    openingStock: take(
      'opening_stock',
      parseCount(cell('opening_stock'), coreText('what_opening_stock')),
      0,
    ),
    lowStockThreshold:
      threshold === ''
        ? 0
        : take('low_stock_threshold', parseCount(threshold, coreText('what_threshold')), 0),
    imagePath: cell('image') === '' ? null : cell('image'),
  };
  const product = ProductInput.safeParse(candidate);
  if (!product.success) {
    // The low-stock alert is compared with the opening stock only when that stock was read.
    const stockUnread = flagged.has('opening_stock');
    for (const [column, text] of zodCells(product.error, PRODUCT_COLUMNS)) {
      if (flagged.has(column) || (stockUnread && column === 'low_stock_threshold')) continue;
      report(column, text);
    }
  }

  const talkingPoints = readTalkingPoints(cell, report);
  if (issues.length > 0 || !product.success) return { issues };
  return { value: { row, product: product.data, talkingPoints }, issues };
}

function readTalkingPoints(
  cell: CellReader,
  report: (column: CsvColumn, text: CoreText) => void,
): TalkingPointInput[] {
  const hosts = splitTalkingPoints(cell('talking_points_host'));
  const audiences = splitTalkingPoints(cell('talking_points_audience'));
  const seconds = splitTalkingPoints(cell('talking_points_seconds'));
  let countsMatch = true;
  const checkCount = (column: CsvColumn, given: string[], what: CoreText) => {
    if (given.length === 0 || given.length === hosts.length) return;
    countsMatch = false;
    report(
      column,
      coreText('talking_point_counts', { given: given.length, what, hosts: hosts.length }),
    );
  };
  checkCount('talking_points_audience', audiences, coreText('what_audience_texts'));
  checkCount('talking_points_seconds', seconds, coreText('what_durations'));
  if (!countsMatch) return [];

  const points: TalkingPointInput[] = [];
  hosts.forEach((textHost, index) => {
    const secondsText = seconds[index] ?? '0';
    const parsedSeconds = parseCount(secondsText, coreText('what_duration'));
    const inPoint = (problem: CoreText) =>
      coreText('talking_point_problem', { index: index + 1, problem });
    if (!parsedSeconds.ok) {
      report('talking_points_seconds', inPoint(parsedSeconds.text));
      return;
    }
    const point = TalkingPointInput.safeParse({
      textHost,
      textAudience: audiences[index] ?? '',
      plannedSeconds: parsedSeconds.value,
    });
    if (point.success) points.push(point.data);
    else {
      for (const [column, text] of zodCells(point.error, POINT_COLUMNS)) {
        report(column, inPoint(text));
      }
    }
  });
  return points;
}

function zodCells<K extends string>(
  error: ZodError,
  columns: Record<K, CsvColumn>,
): [CsvColumn, CoreText][] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0]) as K;
    return [columns[field], zodIssueText(issue)];
  });
}
