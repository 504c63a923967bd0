import Papa from 'papaparse';
import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { ExportWriter } from './export-files';
import { forEachLogChunk, logSeqSpan } from './log-chunks';
import { ORDER_ROW_COLUMNS, entryOf, orderOf, type OrderRow } from './order-entries';
import { formatLocalIso } from '../../../shared/format/times';
import { showTimeText, type TimeBase } from './time-base';
import { MARKER_PREDICATE } from '../store/migrations/012-run-log-event-columns';

/**
 * Log entries per chunk: a chunk holds the event loop for about a millisecond, and its garbage
 * (the parsed payloads, the rows' text) dies young. At 5,000 per chunk garbage collection was
 * 40% of the export's CPU (300,000 orders: 4.9-6.8 µs CPU per order, 3.3-4.2 µs at 500).
 */
const CSV_CHUNK_ROWS = 500;
/** Orders written between two progress reports. */
export const PROGRESS_ROWS = 5_000;

/** Text any CSV reader takes as it is: no quote, separator, space or line break, no formula sign. */
const PLAIN_CELL = /^[\p{L}\p{N}_.:][\p{L}\p{N}_.:+-]*$/u;

/** One cell: plain text as it is, anything else quoted and formula-guarded by papaparse. */
export function csvCell(text: string): string {
  return text === '' || PLAIN_CELL.test(text)
    ? text
    : Papa.unparse([[text]], { escapeFormulae: true });
}

/** The columns naming a product in every export CSV: its SKU, then its name in both languages. */
export const PRODUCT_COLUMNS = ['sku', 'product_host', 'product_audience'] as const;

const RUN_COLUMNS = ['run_id', 'run_kind', 'log_seq', 'event_seq', 'order_id'] as const;
/** The moment in UTC, in the machine's local time with its offset (ISO 8601), in epoch ms. */
const WALL_COLUMNS = ['time_utc', 'time_local', 'at_ms'] as const;
/**
 * A rehearsal's orders are timed in show time first: `show_time` (H:MM:SS.mmm since show time
 * 0) and `show_ms`; the server's wall-clock time follows, named as such.
 */
const SHOW_COLUMNS = [
  'show_time',
  'show_ms',
  'wall_time_utc',
  'wall_time_local',
  'wall_at_ms',
] as const;
/** The product is named as the show's lineup has it, in the host's and the audience's language. */
const ORDER_FIELDS = [
  ...PRODUCT_COLUMNS,
  'qty',
  'unit_price_minor',
  'currency',
  'amount_minor',
  'stock_after',
  'sold_after',
  'pinned',
  'buyer',
] as const;

export const ORDER_COLUMNS = [...RUN_COLUMNS, ...WALL_COLUMNS, ...ORDER_FIELDS];
export const REHEARSAL_ORDER_COLUMNS = [...RUN_COLUMNS, ...SHOW_COLUMNS, ...ORDER_FIELDS];

/** The text of each millisecond of a second, "000" to "999". */
const MILLIS = Array.from({ length: 1000 }, (_, ms) => String(ms).padStart(3, '0'));

/**
 * The time cells of an order (wall clock, or show time then wall clock) as CSV text: UTC, local
 * time with its offset, epoch ms. The text of the wall clock is made once per second of the log
 * and completed with the milliseconds.
 */
function timeCellsOf(time: TimeBase): (at: number) => string {
  let second = Number.NaN;
  let utc = '';
  let local = '';
  let offset = '';
  const wall = (at: number) => {
    const ms = at % 1000;
    if (at - ms !== second) {
      second = at - ms;
      utc = new Date(second).toISOString().slice(0, -4);
      const stamp = formatLocalIso(second);
      local = stamp.slice(0, 20);
      offset = stamp.slice(23);
    }
    const millis = MILLIS[ms];
    return `${utc}${millis}Z,${local}${millis}${offset},${at}`;
  };
  const { clock } = time;
  if (clock.base === 'wall') return wall;
  return (at) => {
    const showMs = time.fromWall(at) - clock.zeroAt;
    return `${showTimeText(showMs)},${showMs},${wall(at)}`;
  };
}

/** A product's names as the lineup has them (the server's name where the lineup lacks it). */
export interface ProductLabel {
  nameHost: string;
  nameAudience: string;
  currency: string;
}

/** The cells of PRODUCT_COLUMNS for `sku`. */
export function productCells(sku: string, label: ProductLabel | undefined): string {
  return `${csvCell(sku)},${csvCell(label?.nameHost ?? '')},${csvCell(label?.nameAudience ?? '')}`;
}

function pinOf(kind: string, payload: unknown): string | null | undefined {
  const p = payload as Record<string, unknown> | null;
  if (kind === 'snapshot') {
    const snapshot = p?.snapshot as { pin?: { sku?: unknown } } | undefined;
    const sku = snapshot?.pin?.sku;
    return typeof sku === 'string' ? sku : null;
  }
  if (p?.type !== 'pin') return undefined;
  return typeof p.sku === 'string' ? p.sku : null;
}

/** An OrderRow of an order: every column but the buyer set. */
type OrderColumns = [
  seq: number,
  entry: null,
  eventSeq: number,
  at: number,
  orderId: string,
  sku: string,
  qty: number,
  priceMinor: number,
  stock: number,
  sold: number,
  buyer: string | null,
];

/**
 * The row of an order with its columns set: the row itself when it has them (no object per
 * order), made from the payload of an order event journaled short of a column; null for a pin or
 * snapshot, whose pin `pinTo` takes.
 */
function orderRowOf(row: OrderRow, pinTo: (sku: string | null) => void): OrderColumns | null {
  // The columns are written together (run-log.ts, migration 016): a SKU means all of them.
  if (row[5] !== null) return row as OrderColumns;
  const { kind, payload } = entryOf(row[1] as string);
  const pin = pinOf(kind, payload);
  if (pin !== undefined) pinTo(pin);
  const order = kind === 'event' ? orderOf(row[0], payload) : null;
  if (order === null) return null;
  const { eventSeq, at, orderId, sku, qty, priceMinor, stock, sold, buyer } = order;
  return [row[0], null, eventSeq, at, orderId, sku, qty, priceMinor, stock, sold, buyer];
}

/** The run log entries the CSV reads: orders, pins and snapshots, a chunk at a time. */
export const ORDER_LOG_FILTER = {
  columns: ORDER_ROW_COLUMNS,
  kinds: ['snapshot'],
  eventTypes: ['order', 'pin'],
  rows: CSV_CHUNK_ROWS,
} as const;

/** The CSV's header line: the columns of a live run's orders, or of a rehearsal's. */
export function ordersCsvHeader(time: TimeBase): string {
  const columns = time.clock.base === 'show' ? REHEARSAL_ORDER_COLUMNS : ORDER_COLUMNS;
  return `${Papa.unparse([columns])}\r\n`;
}

/**
 * The pinned product after the log up to `seq` (the last pin or snapshot's), null for none:
 * read back along the index of entries other than orders (named by its predicate), not past
 * every order since the last pin (about 100 ms half-way through 1,000,000 orders).
 */
export function pinnedAfter(db: Db, runId: number, seq: number): string | null {
  const entries = db
    .prepare(
      `SELECT kind, payload FROM run_log
       WHERE run_id = ? AND seq <= ? AND ${MARKER_PREDICATE}
         AND (kind = 'snapshot' OR event_type = 'pin')
       ORDER BY seq DESC`,
    )
    .raw()
    .iterate(runId, seq) as IterableIterator<[kind: string, payload: string]>;
  for (const [kind, payload] of entries) {
    const pin = pinOf(kind, JSON.parse(payload));
    if (pin !== undefined) return pin;
  }
  return null;
}

/**
 * The CSV rows of the run's log, a chunk of ORDER_LOG_FILTER's rows at a time in log order,
 * starting with `pinned` as the pinned product: each chunk's text and order count.
 */
export function orderCsvRows(
  run: Pick<RunSummary, 'id' | 'kind'>,
  time: TimeBase,
  products: ReadonlyMap<string, ProductLabel>,
  pinned: string | null,
): (rows: OrderRow[]) => { text: string; count: number } {
  const lead = `${run.id},${csvCell(run.kind)},`;
  const timeCells = timeCellsOf(time);
  /** Per SKU, the cells that never change: SKU and product names, and the currency. */
  const skuCells = new Map<string, { named: string; currency: string }>();
  const cellsOf = (sku: string) => {
    let cells = skuCells.get(sku);
    if (cells === undefined) {
      const product = products.get(sku);
      cells = {
        named: productCells(sku, product),
        currency: csvCell(product?.currency ?? ''),
      };
      skuCells.set(sku, cells);
    }
    return cells;
  };
  const pinTo = (sku: string | null) => {
    pinned = sku;
  };
  return (rows) => {
    let text = '';
    let count = 0;
    for (const entry of rows) {
      const order = orderRowOf(entry, pinTo);
      if (order === null) continue;
      const [seq, , eventSeq, at, orderId, sku, qty, priceMinor, stock, sold, buyer] = order;
      const cells = cellsOf(sku);
      text +=
        `${lead}${seq},${eventSeq},${csvCell(orderId)},` +
        `${timeCells(at)},${cells.named},${qty},${priceMinor},` +
        `${cells.currency},${qty * priceMinor},${stock},${sold},` +
        `${pinned === sku ? 'yes' : 'no'},${csvCell(buyer ?? '')}\r\n`;
      count += 1;
    }
    return { text, count };
  };
}

/**
 * Writes the run's orders as CSV (papaparse), a chunk of the log at a time up to its last entry
 * when the export starts (its orders, pins and snapshots only, by their columns: other entries
 * are never read, and an order's JSON neither).
 * Every row names the run's kind, so a rehearsal's orders can never pass for a live show's; a
 * rehearsal's rows are timed in show time (REHEARSAL_ORDER_COLUMNS). Returns the order count.
 * In this thread: export-csv-parts.ts writes the same bytes from worker threads.
 */
export async function writeOrdersCsv(
  db: Db,
  run: RunSummary,
  time: TimeBase,
  products: ReadonlyMap<string, ProductLabel>,
  writer: ExportWriter,
  progress: (done: number) => void,
): Promise<number> {
  let written = 0;
  let reported = 0;
  await writer.write(ordersCsvHeader(time));
  const span = logSeqSpan(db, run.id);
  if (span === null) return 0;
  const rowsOf = orderCsvRows(run, time, products, null);
  const filter = { ...ORDER_LOG_FILTER, after: span.first - 1, upTo: span.last };
  await forEachLogChunk<OrderRow>(db, run.id, filter, async (rows) => {
    const { text, count } = rowsOf(rows);
    if (count === 0) return;
    written += count;
    await writer.write(text);
    if (written - reported >= PROGRESS_ROWS) {
      reported = written;
      progress(written);
    }
  });
  if (reported !== written) progress(written);
  return written;
}
