import type { Statement } from 'better-sqlite3';
import type { Currency } from '../../../shared/model/lineup';
import type { ShowState } from '../../../shared/model/live';
import {
  flashSaleFromColumns,
  flashSaleParams,
  type FlashSaleColumns,
} from '../../../shared/protocol';
import type { ProjectedProduct, ProjectionHead } from '../live/projection';
import type { Db } from '../store/database';
import { TokenVault } from '../store/token-vault';

interface SyncRow {
  run_id: number;
  server_url: string;
  server_show_id: string;
  token: string;
  last_seq: number;
  synced: number;
  show_state: ShowState;
  pin_sku: string | null;
  pin_until: number | null;
  viewers: number;
  lineup_command_id: string | null;
}

interface ProductRow extends FlashSaleColumns {
  sku: string;
  position: number;
  name: string;
  currency: Currency;
  price_minor: number;
  stock: number;
  sold: number;
  revenue_minor: number;
  opening_stock: number;
  sold_out_at: number | null;
  first_pinned_at: number | null;
}

export interface SyncTarget {
  serverUrl: string;
  serverShowId: string;
  token: string;
}

export interface StoredSync extends SyncTarget {
  head: ProjectionHead;
  lineupCommandId: string | null;
}

/** The run's sync state: run_sync (head, server, last seq) and run_products (projection). */
export class SyncStore {
  private readonly getSync: Statement<[number], SyncRow>;
  private readonly putHead: Statement<
    [number, number, string, string | null, number | null, number, number, number]
  >;
  private readonly getProducts: Statement<[number], ProductRow>;
  private readonly putProduct: Statement<Record<string, string | number | null>>;
  private readonly dropProducts: Statement<[number]>;
  private readonly putLineupCommand: Statement<[string, number]>;
  private readonly putToken: Statement<[string, number]>;
  private readonly getEventPayload: Statement<[number, number], { payload: string }>;

  constructor(
    db: Db,
    private readonly vault: TokenVault,
  ) {
    this.getSync = db.prepare('SELECT * FROM run_sync WHERE run_id = ?');
    this.putHead = db.prepare(
      `UPDATE run_sync SET last_seq = ?, synced = ?, show_state = ?, pin_sku = ?, pin_until = ?,
         viewers = ?, updated_at = ? WHERE run_id = ?`,
    );
    this.getProducts = db.prepare('SELECT * FROM run_products WHERE run_id = ? ORDER BY position');
    this.putProduct = db.prepare(
      `INSERT INTO run_products (run_id, sku, position, name, currency, price_minor, stock, sold,
         revenue_minor, opening_stock, flash_price_minor, flash_unit_cap, flash_sold,
         flash_ends_at, sold_out_at, first_pinned_at)
       VALUES (@runId, @sku, @position, @name, @currency, @priceMinor, @stock, @sold,
         @revenueMinor, @openingStock, @flashPrice, @flashCap, @flashSold, @flashEndsAt,
         @soldOutAt, @firstPinnedAt)
       ON CONFLICT (run_id, sku) DO UPDATE SET position = excluded.position,
         name = excluded.name, currency = excluded.currency, price_minor = excluded.price_minor,
         stock = excluded.stock, sold = excluded.sold, revenue_minor = excluded.revenue_minor,
         opening_stock = excluded.opening_stock, flash_price_minor = excluded.flash_price_minor,
         flash_unit_cap = excluded.flash_unit_cap, flash_sold = excluded.flash_sold,
         flash_ends_at = excluded.flash_ends_at, sold_out_at = excluded.sold_out_at,
         first_pinned_at = excluded.first_pinned_at`,
    );
    this.dropProducts = db.prepare('DELETE FROM run_products WHERE run_id = ?');
    this.putLineupCommand = db.prepare(
      'UPDATE run_sync SET lineup_command_id = ? WHERE run_id = ?',
    );
    this.putToken = db.prepare('UPDATE run_sync SET token = ? WHERE run_id = ?');
    this.getEventPayload = db.prepare(
      'SELECT payload FROM run_log_entries WHERE run_id = ? AND event_seq = ? LIMIT 1',
    );
  }

  load(runId: number): StoredSync | undefined {
    const row = this.getSync.get(runId);
    if (!row) return undefined;
    return {
      serverUrl: row.server_url,
      serverShowId: row.server_show_id,
      token: this.openToken(row.token),
      lineupCommandId: row.lineup_command_id,
      head: {
        lastSeq: row.last_seq,
        synced: row.synced === 1,
        showState: row.show_state,
        pin: { sku: row.pin_sku, until: row.pin_until },
        viewers: row.viewers,
      },
    };
  }

  loadProducts(runId: number): ProjectedProduct[] {
    return this.getProducts.all(runId).map((row) => ({
      sku: row.sku,
      position: row.position,
      name: row.name,
      currency: row.currency,
      priceMinor: row.price_minor,
      stock: row.stock,
      sold: row.sold,
      revenueMinor: row.revenue_minor,
      openingStock: row.opening_stock,
      flashSale: flashSaleFromColumns(row),
      soldOutAt: row.sold_out_at,
      firstPinnedAt: row.first_pinned_at,
    }));
  }

  saveHead(runId: number, head: ProjectionHead, at: number): void {
    this.putHead.run(
      head.lastSeq,
      head.synced ? 1 : 0,
      head.showState,
      head.pin.sku,
      head.pin.until,
      head.viewers,
      at,
      runId,
    );
  }

  saveProduct(runId: number, product: ProjectedProduct): void {
    this.putProduct.run({
      runId,
      sku: product.sku,
      position: product.position,
      name: product.name,
      currency: product.currency,
      priceMinor: product.priceMinor,
      stock: product.stock,
      sold: product.sold,
      revenueMinor: product.revenueMinor,
      openingStock: product.openingStock,
      ...flashSaleParams(product.flashSale),
      soldOutAt: product.soldOutAt,
      firstPinnedAt: product.firstPinnedAt,
    });
  }

  /** Replaces the run's products (a snapshot). */
  replaceProducts(runId: number, products: readonly ProjectedProduct[]): void {
    this.dropProducts.run(runId);
    for (const product of products) this.saveProduct(runId, product);
  }

  setLineupCommand(runId: number, commandId: string): void {
    this.putLineupCommand.run(commandId, runId);
  }

  /**
   * A token sealed with another key (a database restored on another machine, a lost key file)
   * opens as '': the server refuses it and the link asks the producer for the token again.
   */
  private openToken(stored: string): string {
    try {
      return this.vault.open(stored);
    } catch {
      return '';
    }
  }

  setToken(runId: number, token: string): void {
    this.putToken.run(this.vault.seal(token), runId);
  }

  /** The journaled event with this seq, as stored (JSON text), if any. */
  eventPayload(runId: number, seq: number): string | undefined {
    return this.getEventPayload.get(runId, seq)?.payload;
  }
}

/** Seals every token stored before tokens were sealed (once, when the store opens). */
export function sealStoredTokens(db: Db, vault: TokenVault): void {
  const rows = db.prepare('SELECT run_id, token FROM run_sync').all() as {
    run_id: number;
    token: string;
  }[];
  const put = db.prepare('UPDATE run_sync SET token = ? WHERE run_id = ?');
  db.transaction(() => {
    for (const row of rows) {
      if (!TokenVault.isSealed(row.token)) put.run(vault.seal(row.token), row.run_id);
    }
  })();
}
