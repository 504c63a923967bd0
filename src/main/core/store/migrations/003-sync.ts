import type { Migration } from './migration';

/**
 * The sync state of a run: where its sale server is, the last event seq applied, and the
 * projection of the server's show (show state, pin, viewers, per-product figures) stored in the
 * same transaction as the events it comes from.
 */
export const migration003Sync: Migration = {
  version: 3,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE run_sync (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        server_url TEXT NOT NULL,
        server_show_id TEXT NOT NULL,
        token TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1)),
        show_state TEXT NOT NULL DEFAULT 'planned'
          CHECK (show_state IN ('planned', 'live', 'ended')),
        pin_sku TEXT,
        pin_until INTEGER,
        viewers INTEGER NOT NULL DEFAULT 0 CHECK (viewers >= 0),
        lineup_command_id TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE run_products (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        sku TEXT NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL,
        currency TEXT NOT NULL,
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        stock INTEGER NOT NULL CHECK (stock >= 0),
        sold INTEGER NOT NULL CHECK (sold >= 0),
        revenue_minor INTEGER NOT NULL DEFAULT 0 CHECK (revenue_minor >= 0),
        opening_stock INTEGER NOT NULL CHECK (opening_stock >= 0),
        flash_price_minor INTEGER,
        flash_unit_cap INTEGER,
        flash_sold INTEGER,
        flash_ends_at INTEGER,
        sold_out_at INTEGER,
        first_pinned_at INTEGER,
        PRIMARY KEY (run_id, sku)
      ) STRICT;

      CREATE INDEX run_log_events_by_seq ON run_log (run_id, json_extract(payload, '$.seq'))
        WHERE kind = 'event';
    `);
  },
};
