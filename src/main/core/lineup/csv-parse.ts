import Papa from 'papaparse';
import type { CsvPreview, CsvPreviewRow } from '../../../shared/api/contract';
import { coreText, type CoreText } from '../../../shared/api/core-text';
import type { ApiIssue } from '../../../shared/api/errors';
import { CSV_COLUMNS, csvIssue, isCsvColumn, type CsvColumn } from './csv-columns';
import { readCsvRow } from './csv-row';
import { unescapeFormula } from './csv-values';

/**
 * Reads a lineup CSV (UTF-8, with or without BOM, LF or CRLF) into products and talking points,
 * collecting every problem with its row and column. Rows are counted as a spreadsheet shows
 * them: the header is row 1, blank rows count but are skipped.
 */
export function parseLineupCsv(text: string): CsvPreview {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, { delimiter: ',', skipEmptyLines: false });
  const records = parsed.data;
  const quoteErrors = new Map(parsed.errors.map((error) => [(error.row ?? 0) + 1, error]));
  const issues: ApiIssue[] = [];
  if (quoteErrors.has(1)) issues.push(csvIssue(1, undefined, quoteMessage(quoteErrors.get(1))));

  const header = readHeader(records[0] ?? []);
  if (header.issues.length > 0) return { rows: [], issues: [...issues, ...header.issues] };

  const rows: CsvPreviewRow[] = [];
  const skus: SkuCell[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.every((value) => value.trim() === '')) return;
    const cells = trimTrailingEmpty(record, CSV_COLUMNS.length);
    if (quoteErrors.has(row)) {
      const column = header.order[Math.min(cells.length, header.order.length) - 1];
      issues.push(csvIssue(row, column, quoteMessage(quoteErrors.get(row))));
      return;
    }
    if (cells.length !== CSV_COLUMNS.length) {
      issues.push(cellCountIssue(row, cells.length, header.order));
      return;
    }
    const cell = (column: CsvColumn) =>
      unescapeFormula((cells[header.index.get(column) ?? -1] ?? '').trim());
    skus.push({ row, sku: cell('sku') });
    const result = readCsvRow(row, cell);
    issues.push(...result.issues);
    if (result.value) rows.push(result.value);
  });

  issues.push(...duplicateSkuIssues(skus));
  if (rows.length === 0 && issues.length === 0) {
    issues.push(csvIssue(2, undefined, coreText('csv_no_products')));
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows, issues };
}

function quoteMessage(error: Papa.ParseError | undefined): CoreText {
  return coreText(error?.code === 'MissingQuotes' ? 'csv_quote_unclosed' : 'csv_quote_stray');
}

function readHeader(cells: string[]): {
  index: Map<CsvColumn, number>;
  order: CsvColumn[];
  issues: ApiIssue[];
} {
  const index = new Map<CsvColumn, number>();
  const order: CsvColumn[] = [];
  const issues: ApiIssue[] = [];
  const names = trimTrailingEmpty(cells, 0).map((cell) => cell.trim());
  if (names.length === 0 || names.every((name) => name === '')) {
    issues.push(
      csvIssue(1, undefined, coreText('csv_empty_file', { columns: CSV_COLUMNS.join(',') })),
    );
    return { index, order, issues };
  }
  names.forEach((name, position) => {
    if (!isCsvColumn(name)) {
      issues.push(
        csvIssue(
          1,
          name,
          coreText('csv_unknown_column', { name, columns: CSV_COLUMNS.join(', ') }),
        ),
      );
    } else if (index.has(name)) {
      issues.push(csvIssue(1, name, coreText('csv_column_twice')));
    } else {
      index.set(name, position);
      order.push(name);
    }
  });
  for (const column of CSV_COLUMNS) {
    if (!index.has(column)) {
      issues.push(csvIssue(1, column, coreText('csv_column_missing')));
    }
  }
  return { index, order, issues };
}

/** Spreadsheets often pad rows with empty cells; those past the header's width are dropped. */
function trimTrailingEmpty(cells: string[], width: number): string[] {
  let end = cells.length;
  while (end > width && cells[end - 1].trim() === '') end -= 1;
  return cells.slice(0, end);
}

function cellCountIssue(row: number, count: number, order: CsvColumn[]): ApiIssue {
  const expected = order.length;
  if (count < expected) {
    return csvIssue(row, order[count], coreText('csv_cells_missing', { count, expected }));
  }
  return csvIssue(row, order[expected - 1], coreText('csv_cells_extra', { count, expected }));
}

interface SkuCell {
  row: number;
  sku: string;
}

function duplicateSkuIssues(skus: SkuCell[]): ApiIssue[] {
  const firstRow = new Map<string, number>();
  const issues: ApiIssue[] = [];
  for (const { row, sku } of skus) {
    if (sku === '') continue;
    const earlier = firstRow.get(sku);
    if (earlier === undefined) firstRow.set(sku, row);
    else issues.push(csvIssue(row, 'sku', coreText('csv_sku_repeated', { sku, row: earlier })));
  }
  return issues;
}
