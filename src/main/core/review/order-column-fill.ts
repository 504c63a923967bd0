import type { Db } from '../store/database';
import { orderJsonSql } from '../store/migrations/018-run-log-order-json-once';
import { inTransaction } from '../store/transaction';
import { orderOf } from './order-entries';

/** Log entries per slice: one transaction of about 2 ms on the event loop (8 µs an order, loaded). */
const SLICE_SEQS = 250;

/** How far the fill went: the entries up to `through` are done, `upto` is the last to do. */
export interface OrderColumnFillProgress {
  through: number;
  upto: number;
}

/**
 * Fills the order columns (migration 016) of the entries journaled before them and drops the
 * JSON copy of every order whose columns hold it (migration 018), one slice of the log at a time
 * (migration 017's table says how far it went). An order gets its columns from its JSON exactly
 * as the export reads an entry without them (orderOf), and loses its JSON only where the JSON
 * the view run_log_entries builds from them is the stored text, so an export's bytes are the same
 * before, during and after the fill.
 */
export class OrderColumnFiller {
  private readonly state;
  private readonly select;
  private readonly update;
  private readonly dropJson;
  private readonly advance;
  private readonly finish;

  constructor(private readonly db: Db) {
    this.state = db.prepare('SELECT through_seq, upto_seq FROM run_log_order_fill').raw();
    this.select = db
      .prepare(
        `SELECT seq, payload FROM run_log
         WHERE seq > ? AND seq <= ? AND kind = 'event' AND event_type = 'order'
           AND order_sku IS NULL`,
      )
      .raw();
    this.update = db.prepare(
      `UPDATE run_log SET order_at = ?, order_id = ?, order_sku = ?, order_qty = ?,
         order_price_minor = ?, order_stock = ?, order_sold = ?, order_buyer = ?
       WHERE seq = ?`,
    );
    this.dropJson = db.prepare(
      `UPDATE run_log SET payload = NULL
       WHERE seq > ? AND seq <= ? AND kind = 'event' AND event_type = 'order'
         AND order_sku IS NOT NULL AND payload = ${orderJsonSql()}`,
    );
    this.advance = db.prepare('UPDATE run_log_order_fill SET through_seq = ?');
    this.finish = db.prepare('DELETE FROM run_log_order_fill');
  }

  /** Fills the next slice of up to `seqs` entries; null once nothing is left. */
  fillSlice(seqs = SLICE_SEQS): OrderColumnFillProgress | null {
    return inTransaction(this.db, () => {
      const row = this.state.get() as [number, number] | undefined;
      if (row === undefined) return null;
      const [from, upto] = row;
      const through = Math.min(from + seqs, upto);
      for (const [seq, json] of this.select.all(from, through) as [number, string][]) {
        const order = orderOf(seq, JSON.parse(json));
        if (order === null) continue;
        const { at, orderId, sku, qty, priceMinor, stock, sold, buyer } = order;
        this.update.run(at, orderId, sku, qty, priceMinor, stock, sold, buyer, seq);
      }
      this.dropJson.run(from, through);
      if (through >= upto) this.finish.run();
      else this.advance.run(through);
      return { through, upto };
    });
  }
}

export interface OrderColumnFillOptions {
  /** After each slice (tests, benches). */
  onProgress?(progress: OrderColumnFillProgress): void;
  /** The fill's end, or the error that stopped it (the next start goes on from its last slice). */
  onEnd?(error?: Error): void;
}

/**
 * Runs the fill in the background on the core's connection: a slice, then the event loop's turn,
 * until nothing is left or `stop`. The store's other writes run between slices, never inside one.
 */
export function startOrderColumnFill(db: Db, options: OrderColumnFillOptions = {}): () => void {
  const filler = new OrderColumnFiller(db);
  let timer: NodeJS.Timeout | null = null;
  const step = () => {
    timer = null;
    let progress: OrderColumnFillProgress | null;
    try {
      progress = filler.fillSlice();
    } catch (error) {
      options.onEnd?.(error as Error);
      return;
    }
    if (progress === null) {
      options.onEnd?.();
      return;
    }
    options.onProgress?.(progress);
    timer = setTimeout(step, 0);
    timer.unref();
  };
  timer = setTimeout(step, 0);
  timer.unref();
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
