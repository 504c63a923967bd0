import type { FlashSaleState } from './snapshot';

/**
 * A flash sale kept as four nullable columns of a product row: the console's run_products and
 * the reference sale server's ledger both store it so.
 */
export interface FlashSaleColumns {
  flash_price_minor: number | null;
  flash_unit_cap: number | null;
  flash_sold: number | null;
  flash_ends_at: number | null;
}

/** The statement parameters that write the four columns (null for each when no sale runs). */
export interface FlashSaleParams {
  flashPrice: number | null;
  flashCap: number | null;
  flashSold: number | null;
  flashEndsAt: number | null;
}

/** The flash sale a row holds: none unless all four columns are set. */
export function flashSaleFromColumns(row: FlashSaleColumns): FlashSaleState | null {
  if (
    row.flash_price_minor === null ||
    row.flash_unit_cap === null ||
    row.flash_sold === null ||
    row.flash_ends_at === null
  ) {
    return null;
  }
  return {
    priceMinor: row.flash_price_minor,
    unitCap: row.flash_unit_cap,
    sold: row.flash_sold,
    endsAt: row.flash_ends_at,
  };
}

export function flashSaleParams(flash: FlashSaleState | null): FlashSaleParams {
  return {
    flashPrice: flash?.priceMinor ?? null,
    flashCap: flash?.unitCap ?? null,
    flashSold: flash?.sold ?? null,
    flashEndsAt: flash?.endsAt ?? null,
  };
}
