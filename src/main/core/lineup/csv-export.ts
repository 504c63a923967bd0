import Papa from 'papaparse';
import { formatMajor } from '../../../shared/format/money';
import type { Product } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { joinTalkingPoints } from './csv-values';
import { loadShow } from './show-queries';

/**
 * Writes the show's products in the import format: UTF-8 with a BOM (so spreadsheet apps read
 * Chinese text correctly), CRLF line ends, and formula-like cells escaped.
 */
export function exportLineupCsv(db: Db, showId: number): { fileName: string; csv: string } {
  const show = loadShow(db, showId);
  const data = show.products.map((product) => CSV_COLUMNS.map((column) => cellOf(product, column)));
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: true },
  );
  return { fileName: fileNameFor(show.name, show.id), csv: `\uFEFF${csv}\r\n` };
}

function cellOf(product: Product, column: CsvColumn): string {
  const points = product.talkingPoints;
  switch (column) {
    case 'sku':
      return product.sku;
    case 'name_host':
      return product.nameHost;
    case 'name_audience':
      return product.nameAudience;
    case 'price':
      return formatMajor(product.priceMinor, product.currency);
    case 'currency':
      return product.currency;
    case 'opening_stock':
      return String(product.openingStock);
    case 'low_stock_threshold':
      return String(product.lowStockThreshold);
    case 'image':
      return product.imagePath ?? '';
    case 'talking_points_host':
      return joinTalkingPoints(points.map((point) => point.textHost));
    case 'talking_points_audience':
      return points.every((point) => point.textAudience === '')
        ? ''
        : joinTalkingPoints(points.map((point) => point.textAudience));
    case 'talking_points_seconds':
      return joinTalkingPoints(points.map((point) => String(point.plannedSeconds)));
    default: {
      const unknownColumn: never = column;
      throw new Error(`Unknown CSV column ${String(unknownColumn)}`);
    }
  }
}

/** "Thai fruit 618" -> "thai-fruit-618-lineup.csv"; keeps letters of any script. */
function fileNameFor(name: string, showId: number): string {
  const slug = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? `show-${showId}` : slug}-lineup.csv`;
}
