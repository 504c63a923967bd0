import Papa from 'papaparse';
import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { ExportWriter } from './export-files';
import { forEachLogChunk } from './log-chunks';
import { orderOf } from './order-entries';
import { showTimeText, type TimeBase } from './time-base';

/** Log entries per chunk: small enough that a chunk holds the event loop for a few ms only. */
const CSV_CHUNK_ROWS = 2_000;

const RUN_COLUMNS = ['run_id', 'run_kind', 'log_seq', 'event_seq', 'order_id'] as const;
const WALL_COLUMNS = ['time_utc', 'at_ms'] as const;
/**
 * A rehearsal's orders are timed in show time first: `show_time` (H:MM:SS.mmm since show time
 * 0) and `show_ms`; the server's wall-clock time follows, named as such.
 */
const SHOW_COLUMNS = ['show_time', 'show_ms', 'wall_time_utc', 'wall_at_ms'] as const;
const ORDER_FIELDS = [
  'sku',
  'product',
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

/** The time cells of an order: wall clock, or show time then wall clock. */
function timeCells(at: number, time: TimeBase): (string | number)[] {
  const wall = [new Date(at).toISOString(), at];
  const { clock } = time;
  if (clock.base === 'wall') return wall;
  const showMs = time.fromWall(at) - clock.zeroAt;
  return [showTimeText(showMs), showMs, ...wall];
}

export interface ProductLabel {
  name: string;
  currency: string;
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

/**
 * Writes the run's orders as CSV (papaparse), a chunk of the log at a time. Every row names the
 * run's kind, so a rehearsal's orders can never pass for a live show's; a rehearsal's rows are
 * timed in show time (REHEARSAL_ORDER_COLUMNS). Returns the order count.
 */
export async function writeOrdersCsv(
  db: Db,
  run: RunSummary,
  time: TimeBase,
  products: ReadonlyMap<string, ProductLabel>,
  writer: ExportWriter,
  progress: (done: number) => void,
): Promise<number> {
  let pinned: string | null = null;
  let written = 0;
  const columns = time.clock.base === 'show' ? REHEARSAL_ORDER_COLUMNS : ORDER_COLUMNS;
  await writer.write(`${Papa.unparse([columns])}\r\n`);
  await forEachLogChunk(
    db,
    run.id,
    { kinds: ['event', 'snapshot'], rows: CSV_CHUNK_ROWS },
    async (rows) => {
      const data: (string | number)[][] = [];
      for (const row of rows) {
        const payload: unknown = JSON.parse(row.payload);
        const pin = pinOf(row.kind, payload);
        if (pin !== undefined) pinned = pin;
        const order = row.kind === 'event' ? orderOf(row.seq, payload) : null;
        if (!order) continue;
        const product = products.get(order.sku);
        data.push([
          run.id,
          run.kind,
          order.seq,
          order.eventSeq,
          order.orderId,
          ...timeCells(order.at, time),
          order.sku,
          product?.name ?? '',
          order.qty,
          order.priceMinor,
          product?.currency ?? '',
          order.qty * order.priceMinor,
          order.stock,
          order.sold,
          pinned === order.sku ? 'yes' : 'no',
          order.buyer ?? '',
        ]);
      }
      if (data.length === 0) return;
      written += data.length;
      await writer.write(`${Papa.unparse(data, { escapeFormulae: true })}\r\n`);
      progress(written);
    },
  );
  return written;
}
