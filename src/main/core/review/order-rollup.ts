import type { Statement } from 'better-sqlite3';
import type { ServerEvent } from '../../../shared/protocol';
import type { Db } from '../store/database';
import { MultiRowInsert } from '../store/multi-row-insert';
import { ROLLUP_MERGE } from '../store/migrations/004-review';

type OrderEvent = Extract<ServerEvent, { type: 'order' }>;

/** One row of review_seconds being built: the orders of one SKU, second and pin state. */
interface SecondGroup {
  sku: string;
  second: number;
  pinned: 0 | 1;
  orders: number;
  units: number;
  revenue: number;
  firstSeq: number;
  lastSeq: number;
  firstAt: number;
  lastAt: number;
  openStock: number;
  lastStock: number;
  lastSold: number;
  minStock: number;
  maxStock: number;
  soldOutAt: number | null;
}

/** Inserts a group as a new row, or merges it into its row (migration 004's merge). */
const UPSERT = `
  INSERT INTO review_seconds (run_id, sku, second, pinned, orders, units, revenue_minor,
      first_seq, last_seq, first_at, last_at, open_stock, last_stock, last_sold, min_stock,
      max_stock, sold_out_at)
    VALUES (@runId, @sku, @second, @pinned, @orders, @units, @revenue, @firstSeq, @lastSeq,
      @firstAt, @lastAt, @openStock, @lastStock, @lastSold, @minStock, @maxStock, @soldOutAt)
  ${ROLLUP_MERGE}`;

/**
 * The review rollup (review_seconds) of server events as they are journaled, a batch at a time:
 * the orders of a batch are summed per SKU, second (server time) and pinned-or-not in memory and
 * merged into their rows with one statement per group, instead of one per order. The pin is the
 * journal's (review_pin) when the batch starts, followed through the batch's pin events and
 * stored with the batch; a snapshot sets it with `setPin` (migration 13 dropped the triggers that
 * did both per run log row). A rehearsal's orders are also summed per SKU and server millisecond
 * (review_order_ms), for its review in show time.
 */
export class OrderRollup {
  private readonly getPin: Statement<[number], { sku: string | null }>;
  private readonly upsert: Statement<Record<string, string | number | null>>;
  private readonly putPin: Statement<[number, string | null]>;
  private readonly runKind: Statement<[number], string | undefined>;
  private readonly upsertMs: MultiRowInsert;
  /** Per run journaled here, whether it is a rehearsal. */
  private readonly rehearsals = new Map<number, boolean>();

  constructor(db: Db) {
    this.getPin = db.prepare('SELECT sku FROM review_pin WHERE run_id = ?');
    this.upsert = db.prepare(UPSERT);
    this.runKind = db
      .prepare<[number], string | undefined>('SELECT kind FROM runs WHERE id = ?')
      .pluck();
    // Adds a rehearsal's units of one SKU and server millisecond to their row (migration 015).
    this.upsertMs = new MultiRowInsert(
      db,
      'INSERT INTO review_order_ms (run_id, sku, at, units)',
      '(?, ?, ?, ?)',
      'ON CONFLICT (run_id, sku, at) DO UPDATE SET units = units + excluded.units',
    );
    this.putPin = db.prepare(
      `INSERT INTO review_pin (run_id, sku) VALUES (?, ?)
       ON CONFLICT (run_id) DO UPDATE SET sku = excluded.sku`,
    );
  }

  /** Starts a batch of `runId`, from the journal's pin. */
  begin(runId: number): RollupBatch {
    const pin = this.getPin.get(runId)?.sku ?? null;
    let rehearsal = this.rehearsals.get(runId);
    if (rehearsal === undefined) {
      rehearsal = this.runKind.get(runId) === 'rehearsal';
      this.rehearsals.set(runId, rehearsal);
    }
    return new RollupBatch(
      runId,
      pin,
      this.upsert,
      (sku) => this.setPin(runId, sku),
      rehearsal ? this.upsertMs : null,
    );
  }

  /** The pin as the journal has it from now on (a snapshot's). */
  setPin(runId: number, sku: string | null): void {
    this.putPin.run(runId, sku);
  }
}

/** The groups of one batch; `add` each journaled event with its run log position, then `write`. */
export class RollupBatch {
  /** The groups per SKU, then per second and pin state (`second * 2 + pinned`): no key an order. */
  private readonly groups = new Map<string, Map<number, SecondGroup>>();
  /** A rehearsal's units per SKU and server millisecond. */
  private readonly unitsPerMs = new Map<string, Map<number, number>>();
  private pinMoved = false;

  constructor(
    private readonly runId: number,
    private pin: string | null,
    private readonly upsert: Statement<Record<string, string | number | null>>,
    private readonly savePin: (sku: string | null) => void,
    /** Set for a rehearsal's batch: writes unitsPerMs. */
    private readonly upsertMs: MultiRowInsert | null,
  ) {}

  add(logSeq: number, event: ServerEvent): void {
    if (event.type === 'pin') {
      this.pin = event.sku;
      this.pinMoved = true;
    } else if (event.type === 'order') this.addOrder(logSeq, event);
  }

  /**
   * Merges the batch's groups into review_seconds and stores the pin it ends with (inside the
   * caller's transaction).
   */
  write(): void {
    for (const ofSku of this.groups.values()) {
      for (const group of ofSku.values()) this.upsert.run({ runId: this.runId, ...group });
    }
    this.groups.clear();
    if (this.upsertMs !== null) {
      const rows: [number, string, number, number][] = [];
      for (const [sku, perMs] of this.unitsPerMs) {
        for (const [at, units] of perMs) rows.push([this.runId, sku, at, units]);
      }
      this.upsertMs.run(rows.length, (i, into, at) => {
        for (const value of rows[i]) into[at++] = value;
        return at;
      });
      this.unitsPerMs.clear();
    }
    if (this.pinMoved) this.savePin(this.pin);
    this.pinMoved = false;
  }

  private addOrder(logSeq: number, order: OrderEvent): void {
    if (this.upsertMs !== null) this.addUnitsAtMs(order);
    const second = Math.floor(order.at / 1000);
    const pinned = this.pin === order.sku ? 1 : 0;
    const key = second * 2 + pinned;
    const soldOutAt = order.stock === 0 ? order.at : null;
    let ofSku = this.groups.get(order.sku);
    if (ofSku === undefined) {
      ofSku = new Map();
      this.groups.set(order.sku, ofSku);
    }
    const group = ofSku.get(key);
    if (group === undefined) {
      ofSku.set(key, {
        sku: order.sku,
        second,
        pinned,
        orders: 1,
        units: order.qty,
        revenue: order.qty * order.priceMinor,
        firstSeq: logSeq,
        lastSeq: logSeq,
        firstAt: order.at,
        lastAt: order.at,
        openStock: order.stock + order.qty,
        lastStock: order.stock,
        lastSold: order.sold,
        minStock: order.stock,
        maxStock: order.stock + order.qty,
        soldOutAt,
      });
      return;
    }
    group.orders += 1;
    group.units += order.qty;
    group.revenue += order.qty * order.priceMinor;
    group.firstAt = Math.min(group.firstAt, order.at);
    group.lastAt = Math.max(group.lastAt, order.at);
    group.lastSeq = logSeq;
    group.lastStock = order.stock;
    group.lastSold = order.sold;
    group.minStock = Math.min(group.minStock, order.stock);
    group.maxStock = Math.max(group.maxStock, order.stock + order.qty);
    if (soldOutAt !== null) group.soldOutAt = Math.min(group.soldOutAt ?? soldOutAt, soldOutAt);
  }

  private addUnitsAtMs(order: OrderEvent): void {
    let perMs = this.unitsPerMs.get(order.sku);
    if (perMs === undefined) {
      perMs = new Map();
      this.unitsPerMs.set(order.sku, perMs);
    }
    perMs.set(order.at, (perMs.get(order.at) ?? 0) + order.qty);
  }
}
