import type { Db } from '../store/database';

/** An order as the run log holds it (an applied `order` event). */
export interface OrderEntry {
  /** The run log's seq (the event's own seq is `eventSeq`). */
  seq: number;
  eventSeq: number;
  /** Server time of the order. */
  at: number;
  orderId: string;
  sku: string;
  qty: number;
  priceMinor: number;
  stock: number;
  sold: number;
  buyer: string | null;
}

const isInt = (value: unknown): value is number => Number.isSafeInteger(value);

/**
 * The order in an event payload, or null when the payload is another event. Orders were
 * validated before they were stored; this checks the fields review reads, without the cost of a
 * schema per order (an export reads a million of them).
 */
export function orderOf(seq: number, payload: unknown): OrderEntry | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (p.type !== 'order' || typeof p.sku !== 'string' || typeof p.orderId !== 'string') {
    return null;
  }
  if (!isInt(p.seq) || !isInt(p.at) || !isInt(p.qty) || !isInt(p.priceMinor)) return null;
  if (!isInt(p.stock) || !isInt(p.sold)) return null;
  return {
    seq,
    eventSeq: p.seq,
    at: p.at,
    orderId: p.orderId,
    sku: p.sku,
    qty: p.qty,
    priceMinor: p.priceMinor,
    stock: p.stock,
    sold: p.sold,
    buyer: typeof p.buyer === 'string' ? p.buyer : null,
  };
}

/** The run's orders with log seq in [firstSeq, lastSeq], in log order (of `sku` when given). */
export function ordersBetween(
  db: Db,
  runId: number,
  firstSeq: number,
  lastSeq: number,
  sku?: string,
): OrderEntry[] {
  const rows = db
    .prepare(
      `SELECT seq, payload FROM run_log_entries
       WHERE seq BETWEEN ? AND ? AND run_id = ? AND kind = 'event' ORDER BY seq`,
    )
    .raw()
    .iterate(firstSeq, lastSeq, runId) as IterableIterator<[number, string]>;
  const orders: OrderEntry[] = [];
  for (const [seq, payload] of rows) {
    const order = orderOf(seq, JSON.parse(payload));
    if (order && (sku === undefined || order.sku === sku)) orders.push(order);
  }
  return orders;
}
