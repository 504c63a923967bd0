import { SKU_PATTERN } from '../model/lineup';
import { Buy } from './intake';
import { text, wholeNumber } from './schema-bounds';
import { parseWith, type Parsed } from './validate';

const fields = Buy.shape;
// A SKU that matches the pattern has no spaces, so the schema's trim leaves it as it is.
const isSku = text(fields.sku, SKU_PATTERN);
const isQty = wholeNumber(fields.qty);
const isBuyer = text(fields.buyerId);

/**
 * The buy in `raw` when it is a plain, valid one, exactly as the Buy schema would give it (its
 * fields in the schema's order, unknown fields left out); null for anything else, which the
 * schema then judges. The check per order of the sale server's intake at thousands of buys a
 * second, at a fraction of the schema's cost.
 */
export function readBuy(raw: unknown): Buy | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { sku, qty, buyerId } = raw as Record<string, unknown>;
  if (!isSku(sku) || !isQty(qty) || !isBuyer(buyerId)) return null;
  return { sku, qty, buyerId } as Buy;
}

/** Validates a buy: by hand when it is a plain valid one, by its schema otherwise. */
export function parseBuy(raw: unknown): Parsed<Buy> {
  const buy = readBuy(raw);
  return buy === null ? parseWith(Buy, raw) : { ok: true, value: buy };
}
