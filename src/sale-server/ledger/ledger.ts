import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  flashSaleFromColumns,
  flashSaleParams,
  type PinState,
  type ProductState,
  type RejectCode,
  type ServerEvent,
  type ShowState,
} from '../../shared/protocol';
import { WalCheckpointer, type WalCheckpoint } from '../../main/core/store/wal-checkpointer';
import { AudienceLedger } from './audience-ledger';
import { migrate } from './migrations';
import { prepareStatements, type Statements } from './statements';

export const LEDGER_FILE = 'sale-server.sqlite';

export interface ShowRecord {
  showId: string;
  state: ShowState;
  seq: number;
  pin: PinState;
  viewers: number;
}

export interface StoredCommand {
  status: 'applied' | 'rejected';
  reasonCode: RejectCode | null;
  reasonMessage: string | null;
  seq: number | null;
}

export interface OrderRecord {
  showId: string;
  sku: string;
  qty: number;
  priceMinor: number;
  buyerId: string | null;
  at: number;
  seq: number;
}

export interface LedgerOptions {
  /** Sees each checkpoint of the WAL (tests). */
  onCheckpoint?(checkpoint: WalCheckpoint): void;
}

export interface OrderTotals {
  orders: number;
  units: number;
  bySku: Record<string, number>;
}

/**
 * The sale server's own SQLite file (WAL): shows, products and stock, orders, applied command ids
 * with their outcome, and the show's whole event log (resume replays its newest part, `history`
 * serves any of it). SQL only; no business rules. The WAL is checkpointed from a thread, as the
 * console's store does (main/core/store/wal-checkpointer.ts): SQLite's own checkpoint runs inside
 * the commit that crosses 1,000 pages, copying 4 MiB and syncing the file, and held the intake's
 * transaction, with every order and batch waiting behind it, for tens to hundreds of ms.
 */
export class Ledger {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly stmt: Statements;
  private readonly checkpointer: WalCheckpointer;
  /** The tables of the `audience` addition. */
  readonly audience: AudienceLedger;

  constructor(dataDir: string, options: LedgerOptions = {}) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, LEDGER_FILE);
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.stmt = prepareStatements(this.db);
    this.audience = new AudienceLedger(this.db);
    this.checkpointer = new WalCheckpointer(this.db, {
      file: this.file,
      onCheckpoint: options.onCheckpoint,
    });
  }

  /** Runs `fn` in one transaction: all of it commits, or none of it does. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  loadShows(): ShowRecord[] {
    return this.stmt.shows.all().map((row) => ({
      showId: row.show_id,
      state: row.state,
      seq: row.seq,
      pin: { sku: row.pin_sku, until: row.pin_until },
      viewers: row.viewers,
    }));
  }

  createShow(showId: string, at: number): void {
    this.stmt.insertShow.run(showId, at);
  }

  saveShow(show: ShowRecord): void {
    this.stmt.updateShow.run(
      show.state,
      show.seq,
      show.pin.sku,
      show.pin.until,
      show.viewers,
      show.showId,
    );
  }

  loadProducts(showId: string): ProductState[] {
    return this.stmt.products.all(showId).map((row) => ({
      sku: row.sku,
      name: row.name,
      priceMinor: row.price_minor,
      currency: row.currency,
      stock: row.stock,
      sold: row.sold,
      flashSale: flashSaleFromColumns(row),
    }));
  }

  saveProduct(showId: string, position: number, product: ProductState): void {
    this.stmt.upsertProduct.run({
      showId,
      position,
      sku: product.sku,
      name: product.name,
      priceMinor: product.priceMinor,
      currency: product.currency,
      stock: product.stock,
      sold: product.sold,
      ...flashSaleParams(product.flashSale),
    });
  }

  /** Returns the new order's id. */
  insertOrder(order: OrderRecord): number {
    const { showId, sku, qty, priceMinor, buyerId, at, seq } = order;
    return Number(
      this.stmt.insertOrder.run(showId, sku, qty, priceMinor, buyerId, at, seq).lastInsertRowid,
    );
  }

  /** Logs the event of `seq`, given as its JSON text (what consoles are sent too). */
  appendEvent(showId: string, seq: number, eventJson: string): void {
    this.stmt.insertEvent.run(showId, seq, eventJson);
  }

  /** Events after `afterSeq`, in order, at most `limit`. The ledger's own writes, so trusted. */
  readEvents(showId: string, afterSeq: number, limit: number): ServerEvent[] {
    return this.stmt.readEvents
      .all(showId, afterSeq, limit)
      .map((row) => JSON.parse(row.body) as ServerEvent);
  }

  oldestSeq(showId: string): number | null {
    return this.stmt.oldestSeq.get(showId)?.oldest ?? null;
  }

  findCommand(showId: string, commandId: string): StoredCommand | undefined {
    const row = this.stmt.findCommand.get(showId, commandId);
    return row
      ? {
          status: row.status,
          reasonCode: row.reason_code,
          reasonMessage: row.reason_message,
          seq: row.seq,
        }
      : undefined;
  }

  recordCommand(
    showId: string,
    commandId: string,
    type: string,
    outcome: StoredCommand,
    at: number,
  ): void {
    this.stmt.recordCommand.run({ showId, commandId, type, ...outcome, at });
  }

  orderTotals(showId: string): OrderTotals {
    const totals: OrderTotals = { orders: 0, units: 0, bySku: {} };
    for (const row of this.stmt.orderTotals.all(showId)) {
      totals.orders += row.orders;
      totals.units += row.units;
      totals.bySku[row.sku] = row.units;
    }
    return totals;
  }

  close(): void {
    this.checkpointer.stop();
    this.db.close();
  }
}
