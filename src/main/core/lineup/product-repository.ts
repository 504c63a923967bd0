import { coreText } from '../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../shared/api/errors';
import type { ProductInput, Show } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import { checkReorder } from './order';
import { loadShow, requireProductRow, requireShowRow, touchShow } from './show-queries';

/** A product's fields as the named parameters of the statements that write the products table. */
function productParams(product: ProductInput) {
  return {
    sku: product.sku,
    nameHost: product.nameHost,
    nameAudience: product.nameAudience,
    priceMinor: product.priceMinor,
    currency: product.currency,
    openingStock: product.openingStock,
    lowStockThreshold: product.lowStockThreshold,
    imagePath: product.imagePath,
  };
}

/** Inserts one product row at `position`; callers run it inside their transaction. */
export function insertProduct(
  db: Db,
  showId: number,
  product: ProductInput,
  position: number,
): number {
  const result = db
    .prepare(
      `INSERT INTO products (show_id, position, sku, name_host, name_audience, price_minor,
         currency, opening_stock, low_stock_threshold, image_path)
       VALUES (@showId, @position, @sku, @nameHost, @nameAudience, @priceMinor, @currency,
         @openingStock, @lowStockThreshold, @imagePath)`,
    )
    .run({ showId, position, ...productParams(product) });
  return Number(result.lastInsertRowid);
}

export function productIdsOf(db: Db, showId: number): number[] {
  return (
    db.prepare('SELECT id FROM products WHERE show_id = ? ORDER BY position, id').all(showId) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

/** Throws 'conflict' if another product of the show already uses the SKU. */
export function assertSkuFree(db: Db, showId: number, sku: string, exceptProductId = 0): void {
  const clash = db
    .prepare('SELECT id FROM products WHERE show_id = ? AND sku = ? AND id <> ?')
    .get(showId, sku, exceptProductId);
  if (clash) {
    const text = coreText('sku_taken', { sku });
    throw new ApiError('conflict', text, [issueAt(['product', 'sku'], text)]);
  }
}

/** Sets positions 0..n-1 in the current order, closing any gap a removal left. */
export function renumberProducts(db: Db, showId: number): void {
  const update = db.prepare('UPDATE products SET position = ? WHERE id = ?');
  productIdsOf(db, showId).forEach((id, position) => update.run(position, id));
}

export function addProduct(db: Db, showId: number, product: ProductInput): Show {
  inTransaction(db, () => {
    requireShowRow(db, showId);
    assertSkuFree(db, showId, product.sku);
    insertProduct(db, showId, product, productIdsOf(db, showId).length);
    touchShow(db, showId);
  });
  return loadShow(db, showId);
}

export function updateProduct(db: Db, productId: number, product: ProductInput): Show {
  const showId = inTransaction(db, () => {
    const row = requireProductRow(db, productId);
    assertSkuFree(db, row.show_id, product.sku, productId);
    db.prepare(
      `UPDATE products SET sku = @sku, name_host = @nameHost, name_audience = @nameAudience,
         price_minor = @priceMinor, currency = @currency, opening_stock = @openingStock,
         low_stock_threshold = @lowStockThreshold, image_path = @imagePath
       WHERE id = @productId`,
    ).run({ productId, ...productParams(product) });
    touchShow(db, row.show_id);
    return row.show_id;
  });
  return loadShow(db, showId);
}

/** Removes the product and its talking points, then closes the gap in positions. */
export function removeProduct(db: Db, productId: number): Show {
  const showId = inTransaction(db, () => {
    const row = requireProductRow(db, productId);
    db.prepare('DELETE FROM products WHERE id = ?').run(productId);
    renumberProducts(db, row.show_id);
    touchShow(db, row.show_id);
    return row.show_id;
  });
  return loadShow(db, showId);
}

export function reorderProducts(db: Db, showId: number, productIds: readonly number[]): Show {
  inTransaction(db, () => {
    requireShowRow(db, showId);
    checkReorder(productIdsOf(db, showId), productIds, 'what_products', 'productIds');
    const update = db.prepare('UPDATE products SET position = ? WHERE id = ?');
    productIds.forEach((id, position) => update.run(position, id));
    touchShow(db, showId);
  });
  return loadShow(db, showId);
}
