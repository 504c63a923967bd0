import Database from 'better-sqlite3';

/** One SKU's orders as the sale server's ledger recorded them. */
export interface LedgerProduct {
  orders: number;
  units: number;
  revenueMinor: number;
  /** The time of the order that took the stock to zero the first time, if it did. */
  soldOutAt: number | null;
}

/**
 * Reads the reference server's ledger (its own SQLite file, read-only): the orders per SKU, and
 * the first sell-out found by adding each SKU's orders up to its opening stock.
 */
export function ledgerResults(
  ledgerFile: string,
  showId: string,
  openingStock: Record<string, number>,
): Map<string, LedgerProduct> {
  const db = new Database(ledgerFile, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT sku, qty, price_minor, at FROM orders WHERE show_id = ? ORDER BY order_id')
      .all(showId) as { sku: string; qty: number; price_minor: number; at: number }[];
    const results = new Map<string, LedgerProduct>();
    for (const row of rows) {
      const product = results.get(row.sku) ?? {
        orders: 0,
        units: 0,
        revenueMinor: 0,
        soldOutAt: null,
      };
      product.orders += 1;
      product.units += row.qty;
      product.revenueMinor += row.qty * row.price_minor;
      if (product.soldOutAt === null && product.units === openingStock[row.sku]) {
        product.soldOutAt = row.at;
      }
      results.set(row.sku, product);
    }
    return results;
  } finally {
    db.close();
  }
}
