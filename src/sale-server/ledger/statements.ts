import type { Database, Statement } from 'better-sqlite3';
import type { Currency, RejectCode, ShowState } from '../../shared/protocol';

export interface ShowRow {
  show_id: string;
  state: ShowState;
  seq: number;
  pin_sku: string | null;
  pin_until: number | null;
  viewers: number;
}

export interface ProductRow {
  sku: string;
  name: string;
  price_minor: number;
  currency: Currency;
  stock: number;
  sold: number;
  flash_price_minor: number | null;
  flash_unit_cap: number | null;
  flash_sold: number | null;
  flash_ends_at: number | null;
}

export interface CommandRow {
  status: 'applied' | 'rejected';
  reason_code: RejectCode | null;
  reason_message: string | null;
  seq: number | null;
}

type Write = Statement<unknown[]>;

export interface Statements {
  shows: Statement<[], ShowRow>;
  insertShow: Write;
  updateShow: Write;
  products: Statement<[string], ProductRow>;
  upsertProduct: Write;
  insertOrder: Write;
  insertEvent: Write;
  readEvents: Statement<[string, number, number], { body: string }>;
  oldestSeq: Statement<[string], { oldest: number | null }>;
  findCommand: Statement<[string, string], CommandRow>;
  recordCommand: Write;
  orderTotals: Statement<[string], { sku: string; orders: number; units: number }>;
}

/** Every statement the ledger runs, prepared once. */
export function prepareStatements(db: Database): Statements {
  return {
    shows: db.prepare<[], ShowRow>(
      'SELECT show_id, state, seq, pin_sku, pin_until, viewers FROM shows ORDER BY created_at, show_id',
    ),
    insertShow: db.prepare(
      "INSERT INTO shows (show_id, state, seq, viewers, created_at) VALUES (?, 'planned', 0, 0, ?)",
    ),
    updateShow: db.prepare(
      'UPDATE shows SET state = ?, seq = ?, pin_sku = ?, pin_until = ?, viewers = ? WHERE show_id = ?',
    ),
    products: db.prepare<[string], ProductRow>(
      `SELECT sku, name, price_minor, currency, stock, sold,
              flash_price_minor, flash_unit_cap, flash_sold, flash_ends_at
       FROM products WHERE show_id = ? ORDER BY position`,
    ),
    upsertProduct: db.prepare(
      `INSERT INTO products (show_id, sku, position, name, price_minor, currency, stock, sold,
                             flash_price_minor, flash_unit_cap, flash_sold, flash_ends_at)
       VALUES (@showId, @sku, @position, @name, @priceMinor, @currency, @stock, @sold,
               @flashPrice, @flashCap, @flashSold, @flashEndsAt)
       ON CONFLICT (show_id, sku) DO UPDATE SET
         name = excluded.name, price_minor = excluded.price_minor, currency = excluded.currency,
         stock = excluded.stock, sold = excluded.sold,
         flash_price_minor = excluded.flash_price_minor, flash_unit_cap = excluded.flash_unit_cap,
         flash_sold = excluded.flash_sold, flash_ends_at = excluded.flash_ends_at`,
    ),
    insertOrder: db.prepare(
      // Positional: binding an object's named fields cost about 0.8 µs more an order.
      `INSERT INTO orders (show_id, sku, qty, price_minor, buyer_id, at, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: db.prepare('INSERT INTO events (show_id, seq, body) VALUES (?, ?, ?)'),
    readEvents: db.prepare<[string, number, number], { body: string }>(
      'SELECT body FROM events WHERE show_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    oldestSeq: db.prepare<[string], { oldest: number | null }>(
      'SELECT MIN(seq) AS oldest FROM events WHERE show_id = ?',
    ),
    findCommand: db.prepare<[string, string], CommandRow>(
      'SELECT status, reason_code, reason_message, seq FROM commands WHERE show_id = ? AND command_id = ?',
    ),
    recordCommand: db.prepare(
      `INSERT INTO commands (show_id, command_id, type, status, reason_code, reason_message, seq, at)
       VALUES (@showId, @commandId, @type, @status, @reasonCode, @reasonMessage, @seq, @at)`,
    ),
    orderTotals: db.prepare<[string], { sku: string; orders: number; units: number }>(
      'SELECT sku, COUNT(*) AS orders, SUM(qty) AS units FROM orders WHERE show_id = ? GROUP BY sku',
    ),
  };
}
