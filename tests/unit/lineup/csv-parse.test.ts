import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvColumn } from '../../../src/main/core/lineup/csv-columns';
import { parseLineupCsv } from '../../../src/main/core/lineup/csv-parse';
import { SUPPORTED_PLACEHOLDERS } from '../../../src/shared/model/placeholders';

const HEADER = CSV_COLUMNS.join(',');

const GOOD: Record<CsvColumn, string> = {
  sku: 'DUR-1',
  name_host: 'Monthong durian',
  name_audience: '金枕榴莲',
  price: '239.00',
  currency: 'CNY',
  opening_stock: '5000',
  low_stock_threshold: '500',
  image: '',
  talking_points_host: 'Golden pillow | Only {price} today',
  talking_points_audience: '金枕头 | 今天只要{price}',
  talking_points_seconds: '30 | 15',
};

function line(overrides: Partial<Record<CsvColumn, string>> = {}): string {
  const cells = CSV_COLUMNS.map((column) => overrides[column] ?? GOOD[column]);
  return Papa.unparse([cells]);
}

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('parseLineupCsv: good files', () => {
  it('reads a product with its talking points', () => {
    const preview = parseLineupCsv(csv(line()));
    expect(preview.issues).toEqual([]);
    expect(preview.rows).toEqual([
      {
        row: 2,
        product: {
          sku: 'DUR-1',
          nameHost: 'Monthong durian',
          nameAudience: '金枕榴莲',
          priceMinor: 23900,
          currency: 'CNY',
          openingStock: 5000,
          lowStockThreshold: 500,
          imagePath: null,
        },
        talkingPoints: [
          { textHost: 'Golden pillow', textAudience: '金枕头', plannedSeconds: 30 },
          { textHost: 'Only {price} today', textAudience: '今天只要{price}', plannedSeconds: 15 },
        ],
      },
    ]);
  });

  it('handles a UTF-8 BOM, CRLF line ends and trailing blank lines', () => {
    const text = `\uFEFF${[HEADER, line(), line({ sku: 'DUR-2' })].join('\r\n')}\r\n\r\n`;
    const preview = parseLineupCsv(text);
    expect(preview.issues).toEqual([]);
    expect(preview.rows.map((row) => row.product.sku)).toEqual(['DUR-1', 'DUR-2']);
    expect(preview.rows[0].product.nameAudience).toBe('金枕榴莲');
  });

  it('accepts the columns in any order', () => {
    const reversed = [...CSV_COLUMNS].reverse();
    const text = [reversed.join(','), Papa.unparse([reversed.map((c) => GOOD[c])])].join('\n');
    const preview = parseLineupCsv(text);
    expect(preview.issues).toEqual([]);
    expect(preview.rows[0].product.priceMinor).toBe(23900);
  });

  it('defaults empty optional cells: no talking points, threshold 0, no image', () => {
    const preview = parseLineupCsv(
      csv(
        line({
          low_stock_threshold: '',
          talking_points_host: '',
          talking_points_audience: '',
          talking_points_seconds: '',
        }),
      ),
    );
    expect(preview.issues).toEqual([]);
    expect(preview.rows[0].product.lowStockThreshold).toBe(0);
    expect(preview.rows[0].talkingPoints).toEqual([]);
  });

  it('gives audience texts and seconds defaults when only host texts are given', () => {
    const preview = parseLineupCsv(
      csv(line({ talking_points_audience: '', talking_points_seconds: '' })),
    );
    expect(preview.rows[0].talkingPoints).toEqual([
      { textHost: 'Golden pillow', textAudience: '', plannedSeconds: 0 },
      { textHost: 'Only {price} today', textAudience: '', plannedSeconds: 0 },
    ]);
  });

  it('counts blank rows like a spreadsheet does', () => {
    const preview = parseLineupCsv(csv(line(), '', line({ sku: 'X', price: 'abc' })));
    expect(preview.issues.map((issue) => issue.row)).toEqual([4]);
  });

  it('lower-case currency is accepted', () => {
    expect(parseLineupCsv(csv(line({ currency: 'cny' }))).rows[0].product.currency).toBe('CNY');
  });
});

describe('parseLineupCsv: each problem names its row and column', () => {
  it.each<[Partial<Record<CsvColumn, string>>, CsvColumn, string]>([
    [{ price: '12,50' }, 'price', 'Row 2, column price: "12,50" is not a price (use 12.50)'],
    [
      { opening_stock: '10', low_stock_threshold: '20' },
      'low_stock_threshold',
      'Row 2, column low_stock_threshold: low-stock alert is above the opening stock',
    ],
    [
      { price: '59.999' },
      'price',
      'Row 2, column price: "59.999" has more than 2 decimals for CNY',
    ],
    [{ price: '-1' }, 'price', 'Row 2, column price: "-1" is negative; prices start at 0'],
    [{ sku: '' }, 'sku', 'Row 2, column sku: SKU is empty'],
    [
      { sku: 'bad sku!' },
      'sku',
      'Row 2, column sku: SKU may hold only letters, digits, dot, dash, underscore',
    ],
    [{ name_host: ' ' }, 'name_host', 'Row 2, column name_host: name (host language) is empty'],
    [
      { name_audience: '' },
      'name_audience',
      'Row 2, column name_audience: name (audience language) is empty',
    ],
    [
      { currency: 'RMB' },
      'currency',
      'Row 2, column currency: "RMB" is not a supported currency (use one of CNY, USD, EUR, THB, MYR, IDR, VND, PHP, JPY)',
    ],
    [
      { opening_stock: '5,000' },
      'opening_stock',
      'Row 2, column opening_stock: "5,000" is not a whole number (write 5000 without separators)',
    ],
    [
      { low_stock_threshold: 'some' },
      'low_stock_threshold',
      'Row 2, column low_stock_threshold: "some" is not a whole number',
    ],
    [
      { talking_points_audience: 'only one' },
      'talking_points_audience',
      'Row 2, column talking_points_audience: 1 audience texts for 2 host talking points (separate them with " | ")',
    ],
    [
      { talking_points_seconds: '30 | 15 | 10' },
      'talking_points_seconds',
      'Row 2, column talking_points_seconds: 3 durations for 2 host talking points (separate them with " | ")',
    ],
    [
      { talking_points_seconds: '30 | soon' },
      'talking_points_seconds',
      'Row 2, column talking_points_seconds: talking point 2: "soon" is not a whole number',
    ],
    [
      {
        talking_points_host: 'one |  | three',
        talking_points_audience: '',
        talking_points_seconds: '',
      },
      'talking_points_host',
      'Row 2, column talking_points_host: talking point 2: talking point (host language) is empty',
    ],
  ])('%j -> %s', (overrides, column, message) => {
    const preview = parseLineupCsv(csv(line(overrides)));
    expect(preview.rows).toEqual([]);
    expect(preview.issues).toMatchObject([{ path: [2, column], row: 2, column, message }]);
  });

  it('refuses an unknown placeholder in a talking point, naming it with its reason', () => {
    const preview = parseLineupCsv(
      csv(line({ talking_points_host: 'Golden pillow | Only {stock} left at {price}' })),
    );
    expect(preview.rows).toEqual([]);
    expect(preview.issues).toEqual([
      {
        path: [2, 'talking_points_host'],
        row: 2,
        column: 'talking_points_host',
        message:
          'Row 2, column talking_points_host: talking point 2: {stock} is not a live value: use {price}, {left}, {sold}, {rate}, {forecast}',
        text: {
          code: 'talking_point_problem',
          params: {
            index: 2,
            problem: {
              code: 'unknown_placeholder',
              params: { placeholder: '{stock}', supported: SUPPORTED_PLACEHOLDERS },
            },
          },
        },
      },
    ]);
  });

  it('collects every problem of every row, not just the first', () => {
    const preview = parseLineupCsv(
      csv(
        line(),
        line({ sku: 'B', price: 'abc', currency: 'XXX' }),
        line({ sku: 'C', opening_stock: '-3' }),
      ),
    );
    expect(preview.rows.map((row) => row.product.sku)).toEqual(['DUR-1']);
    expect(preview.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [3, 'currency'],
      [3, 'price'],
      [4, 'opening_stock'],
    ]);
  });

  it('reports a SKU used twice in the file, pointing at the first use', () => {
    const preview = parseLineupCsv(csv(line(), line({ name_host: 'Other' })));
    expect(preview.issues).toMatchObject([
      {
        path: [3, 'sku'],
        row: 3,
        column: 'sku',
        message: 'Row 3, column sku: "DUR-1" is already used on row 2',
      },
    ]);
  });

  it('reports a row with too few cells at the first missing column', () => {
    const preview = parseLineupCsv(csv('DUR-1,Durian,榴莲,239.00'));
    expect(preview.issues).toHaveLength(1);
    expect(preview.issues[0]).toMatchObject({ row: 2, column: 'currency' });
    expect(preview.issues[0].message).toContain('the row has 4 cells but the header has 11');
  });

  it('reports a row with an unquoted comma as too many cells', () => {
    const preview = parseLineupCsv(csv(`${line()},extra`));
    expect(preview.issues[0]).toMatchObject({ row: 2, column: 'talking_points_seconds' });
    expect(preview.issues[0].message).toContain('12 cells');
  });

  it('ignores empty cells a spreadsheet pads a row with', () => {
    expect(parseLineupCsv(csv(`${line()},,`)).issues).toEqual([]);
  });
});

describe('parseLineupCsv: header problems', () => {
  it('names each missing and unknown column on row 1', () => {
    const header = HEADER.replace('price,', 'prize,').replace(',image', '');
    const preview = parseLineupCsv(`${header}\n${line()}`);
    expect(preview.rows).toEqual([]);
    expect(preview.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [1, 'prize'],
      [1, 'price'],
      [1, 'image'],
    ]);
    expect(preview.issues[0].message).toContain('unknown column "prize"');
    expect(preview.issues[1].message).toBe('Row 1, column price: missing from the header');
  });

  it('reports a column given twice', () => {
    const preview = parseLineupCsv(`${HEADER},sku\n${line()}`);
    expect(preview.issues).toMatchObject([
      {
        path: [1, 'sku'],
        row: 1,
        column: 'sku',
        message: 'Row 1, column sku: appears twice in the header',
      },
    ]);
  });

  it('reports an empty file and a file with only a header', () => {
    expect(parseLineupCsv('').issues[0].message).toContain('the file is empty');
    expect(parseLineupCsv(`${HEADER}\n`).issues[0].message).toBe(
      'Row 2: the file has no products below the header',
    );
  });

  it('reports an unterminated quote', () => {
    const preview = parseLineupCsv(csv(line(), 'X,"broken', line({ sku: 'Y' })));
    expect(preview.issues).toMatchObject([
      {
        path: [3, 'name_host'],
        row: 3,
        column: 'name_host',
        message: 'Row 3, column name_host: a quoted value is never closed (a closing " is missing)',
      },
    ]);
  });
});
