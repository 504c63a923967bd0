import type { Database } from 'better-sqlite3';
import { applyMigrations, type Migration } from '../../shared/migrations';

export class LedgerTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the sale-server ledger is at version ${found}, newer than this server (${known})`);
    this.name = 'LedgerTooNewError';
  }
}

/** The ledger's schema steps, in order; the ledger's user_version is the count applied. */
const steps: readonly string[] = [
  `
  CREATE TABLE shows (
    show_id TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('planned', 'live', 'ended')),
    seq INTEGER NOT NULL CHECK (seq >= 0),
    pin_sku TEXT,
    pin_until INTEGER,
    viewers INTEGER NOT NULL DEFAULT 0 CHECK (viewers >= 0),
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE products (
    show_id TEXT NOT NULL REFERENCES shows (show_id),
    sku TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    sold INTEGER NOT NULL CHECK (sold >= 0),
    flash_price_minor INTEGER,
    flash_unit_cap INTEGER,
    flash_sold INTEGER,
    flash_ends_at INTEGER,
    PRIMARY KEY (show_id, sku)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE orders (
    order_id INTEGER PRIMARY KEY,
    show_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    price_minor INTEGER NOT NULL,
    buyer_id TEXT,
    at INTEGER NOT NULL,
    seq INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX orders_by_show ON orders (show_id, sku);

  CREATE TABLE commands (
    show_id TEXT NOT NULL,
    command_id TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
    reason_code TEXT,
    reason_message TEXT,
    seq INTEGER,
    at INTEGER NOT NULL,
    PRIMARY KEY (show_id, command_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE events (
    show_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (show_id, seq)
  ) STRICT, WITHOUT ROWID;
  `,
  `
  CREATE TABLE moderation (
    show_id TEXT NOT NULL,
    command_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('pin', 'unpin', 'hide', 'mute')),
    target TEXT,
    comment TEXT,
    at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX moderation_by_show ON moderation (show_id);

  CREATE TABLE demand (
    show_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('sold_out', 'flash_cap', 'show_not_live')),
    attempts INTEGER NOT NULL CHECK (attempts >= 0),
    units INTEGER NOT NULL CHECK (units >= 0),
    PRIMARY KEY (show_id, sku, reason)
  ) STRICT, WITHOUT ROWID;
  `,
  // Orders by show and SKU were indexed for the totals an inspection reads (tests, tools), at
  // about 1 µs of every order's insert; those totals now scan the show's orders.
  `
  DROP INDEX orders_by_show;
  `,
];

const migrations: readonly Migration<Database>[] = steps.map((sql, index) => ({
  version: index + 1,
  name: `ledger ${index + 1}`,
  up: (db) => db.exec(sql),
}));

/** Applies the missing migrations in one transaction; refuses a ledger from a newer server. */
export function migrate(db: Database): void {
  applyMigrations(db, migrations, (found, known) => new LedgerTooNewError(found, known));
}
