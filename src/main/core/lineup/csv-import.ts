import { coreText } from '../../../shared/api/core-text';
import { ApiError, type ApiIssue } from '../../../shared/api/errors';
import type { Show } from '../../../shared/model/lineup';
import type { CsvPreviewRow } from '../../../shared/api/contract';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import { csvIssue } from './csv-columns';
import { parseLineupCsv } from './csv-parse';
import { insertProduct, productIdsOf } from './product-repository';
import { loadShow, requireShowRow, touchShow } from './show-queries';
import { insertTalkingPoint } from './talking-point-repository';

export type CsvImportMode = 'replace' | 'append';

/**
 * Imports a lineup CSV into a show: all rows or none. With any problem in the file nothing is
 * written and the error lists every problem. 'replace' swaps the show's products (the show's own
 * talking points stay); 'append' adds the rows after the current products.
 */
export function importLineupCsv(db: Db, showId: number, csv: string, mode: CsvImportMode): Show {
  requireShowRow(db, showId);
  const { rows, issues } = parseLineupCsv(csv);
  if (mode === 'append') issues.push(...skuClashes(db, showId, rows));
  if (issues.length > 0) {
    throw new ApiError(
      'import_failed',
      coreText('csv_nothing_imported', { count: issues.length }),
      issues,
    );
  }
  inTransaction(db, () => {
    if (mode === 'replace') db.prepare('DELETE FROM products WHERE show_id = ?').run(showId);
    const start = productIdsOf(db, showId).length;
    rows.forEach(({ product, talkingPoints }, index) => {
      const productId = insertProduct(db, showId, product, start + index);
      talkingPoints.forEach((point, position) =>
        insertTalkingPoint(db, showId, productId, point, position),
      );
    });
    touchShow(db, showId);
  });
  return loadShow(db, showId);
}

function skuClashes(db: Db, showId: number, rows: CsvPreviewRow[]): ApiIssue[] {
  const existing = new Set(
    (db.prepare('SELECT sku FROM products WHERE show_id = ?').all(showId) as { sku: string }[]).map(
      (row) => row.sku,
    ),
  );
  return rows
    .filter(({ product }) => existing.has(product.sku))
    .map(({ row, product }) =>
      csvIssue(row, 'sku', coreText('csv_sku_in_show', { sku: product.sku })),
    );
}
