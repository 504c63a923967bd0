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

/**
 * A run log entry as review reads it: an order by its columns (migration 016; its entry null),
 * the kind and payload of any other as one value (a pin or a snapshot, or an order journaled
 * before the columns and not filled yet, or an order event short of a field, which is no order).
 */
export type OrderRow = [
  seq: number,
  entry: string | null,
  eventSeq: number | null,
  at: number | null,
  orderId: string | null,
  sku: string | null,
  qty: number | null,
  priceMinor: number | null,
  stock: number | null,
  sold: number | null,
  buyer: string | null,
];

/**
 * An entry's kind and JSON are read only where its columns are not (no string made per order:
 * about 5% of the CSV statement's CPU), as one value, its kind, a space and its JSON ('null'
 * for none): better-sqlite3 costs 80-115 ns per value it hands over, one less per order.
 */
export const ORDER_ROW_COLUMNS = `seq,
  CASE WHEN order_sku IS NULL THEN kind || ' ' || coalesce(payload, 'null') END,
  event_seq, order_at, order_id, order_sku, order_qty, order_price_minor, order_stock,
  order_sold, order_buyer`;

/** The kind and the parsed payload of an OrderRow's entry (ORDER_ROW_COLUMNS). */
export function entryOf(entry: string): { kind: string; payload: unknown } {
  const space = entry.indexOf(' ');
  return { kind: entry.slice(0, space), payload: JSON.parse(entry.slice(space + 1)) };
}

/** The order of a row: from its columns (all set together, run-log.ts), else from its JSON. */
function orderOfRow(row: OrderRow): OrderEntry | null {
  const [seq, entry, eventSeq, at, orderId, sku, qty, priceMinor, stock, sold, buyer] = row;
  if (sku === null) return entry === null ? null : orderOf(seq, entryOf(entry).payload);
  return {
    seq,
    eventSeq: eventSeq as number,
    at: at as number,
    orderId: orderId as string,
    sku,
    qty: qty as number,
    priceMinor: priceMinor as number,
    stock: stock as number,
    sold: sold as number,
    buyer,
  };
}

/**
 * The run's orders with log seq in [firstSeq, lastSeq], in log order (of `sku` when given). The
 * orders are read from their columns, and another SKU's are passed over inside SQLite: a
 * rehearsal at 20x journals 20 show seconds of orders in each wall-clock second, which replay
 * reads for each product (at 5,000,000 orders about 14,000 rows a second, of five SKUs).
 */
export function ordersBetween(
  db: Db,
  runId: number,
  firstSeq: number,
  lastSeq: number,
  sku?: string,
): OrderEntry[] {
  const rows = db
    .prepare(
      `SELECT ${ORDER_ROW_COLUMNS} FROM run_log
       WHERE seq BETWEEN @firstSeq AND @lastSeq AND run_id = @runId
         AND kind = 'event' AND event_type = 'order'
         AND (order_sku IS NULL OR @sku IS NULL OR order_sku = @sku)
       ORDER BY seq`,
    )
    .raw()
    .iterate({ firstSeq, lastSeq, runId, sku: sku ?? null }) as IterableIterator<OrderRow>;
  const orders: OrderEntry[] = [];
  for (const row of rows) {
    const order = orderOfRow(row);
    if (order && (sku === undefined || order.sku === sku)) orders.push(order);
  }
  return orders;
}
