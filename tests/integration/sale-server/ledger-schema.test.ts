import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LEDGER_FILE, Ledger } from '../../../src/sale-server/ledger/ledger';
import { useTempDirs } from '../../support/temp-dir';
import { join } from 'node:path';

const tempDir = useTempDirs('sale-server-schema-');

describe('the sale server ledger schema', () => {
  it('indexes no order beyond its id: each sale writes its rows and nothing only tools read', () => {
    const dataDir = tempDir();
    const ledger = new Ledger(dataDir);
    ledger.transaction(() => ledger.createShow('show', 0));
    ledger.transaction(() => {
      for (let seq = 1; seq <= 3; seq++) {
        const order = { sku: seq === 3 ? 'RICE' : 'COCO', qty: seq, priceMinor: 100, at: seq };
        ledger.insertOrder({ showId: 'show', ...order, buyerId: null, seq });
      }
    });
    expect(ledger.orderTotals('show')).toEqual({
      orders: 3,
      units: 6,
      bySku: { COCO: 3, RICE: 3 },
    });
    ledger.close();
    const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders'")
      .pluck()
      .all();
    db.close();
    expect(indexes).toEqual([]);
  });
});
