import type { Migration } from './migration';

/**
 * Prices of currencies without a minor unit (ISO 4217 exponent 0: JPY, VND) were kept in
 * hundredths like every other currency; from now on they are kept in whole yen and dong, as the
 * sale server protocol's "minor units" means. Lineup prices are divided by 100 (rounded).
 */
export const migration006CurrencyMinorUnits: Migration = {
  version: 6,
  name: 'currency-minor-units',
  up(db) {
    db.exec(`
      UPDATE products SET price_minor = CAST(ROUND(price_minor / 100.0) AS INTEGER)
        WHERE currency IN ('JPY', 'VND');
    `);
  },
};
