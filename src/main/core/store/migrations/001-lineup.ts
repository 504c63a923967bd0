import type { Migration } from './migration';

/** Shows, their products and talking points, and app settings. */
export const migration001Lineup: Migration = {
  version: 1,
  name: 'lineup',
  up(db) {
    db.exec(`
      CREATE TABLE shows (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        host_language TEXT NOT NULL,
        audience_language TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        sku TEXT NOT NULL,
        name_host TEXT NOT NULL,
        name_audience TEXT NOT NULL,
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        currency TEXT NOT NULL,
        opening_stock INTEGER NOT NULL CHECK (opening_stock >= 0),
        low_stock_threshold INTEGER NOT NULL CHECK (low_stock_threshold >= 0),
        image_path TEXT,
        UNIQUE (show_id, sku)
      ) STRICT;
      CREATE INDEX products_by_show ON products (show_id, position);

      CREATE TABLE talking_points (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
        product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text_host TEXT NOT NULL,
        text_audience TEXT NOT NULL,
        planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0)
      ) STRICT;
      CREATE INDEX talking_points_by_owner ON talking_points (show_id, product_id, position);
      CREATE INDEX talking_points_by_product ON talking_points (product_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
