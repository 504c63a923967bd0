import Papa from 'papaparse';
import type { RunSummary, UnmetMinute } from '../../../shared/model/review';
import { formatLocalIso } from '../../../shared/format/times';
import { csvCell, PRODUCT_COLUMNS, productCells, type ProductLabel } from './export-csv';
import type { ExportWriter } from './export-files';
import { showTimeText, type TimeBase } from './time-base';

const LEAD_COLUMNS = ['run_id', 'run_kind'] as const;
/** A live run's minutes are wall-clock minutes: UTC, local time with its offset, epoch ms. */
const WALL_COLUMNS = ['minute_utc', 'minute_local', 'minute_at_ms'] as const;
/** A rehearsal's minutes are minutes of show time (from show time 0). */
const SHOW_COLUMNS = ['show_minute', 'show_ms'] as const;
const DEMAND_FIELDS = [...PRODUCT_COLUMNS, 'reason', 'attempts_refused', 'units_refused'] as const;

export const DEMAND_COLUMNS = [...LEAD_COLUMNS, ...WALL_COLUMNS, ...DEMAND_FIELDS];
export const REHEARSAL_DEMAND_COLUMNS = [...LEAD_COLUMNS, ...SHOW_COLUMNS, ...DEMAND_FIELDS];

/**
 * Writes the run's unmet demand as CSV: per minute of the review clock, per product and reason
 * (`sold_out`: refused after the sell-out; `flash_cap`: over a flash sale's cap), the attempts
 * the sale server refused in the run and the units they asked for; minutes without any are left
 * out. The rows of a product add up to its unmet demand in the results. Returns the row count.
 */
export async function writeUnmetDemandCsv(
  run: RunSummary,
  time: TimeBase,
  minutes: readonly UnmetMinute[],
  products: ReadonlyMap<string, ProductLabel>,
  writer: ExportWriter,
): Promise<number> {
  const { clock } = time;
  const columns = clock.base === 'show' ? REHEARSAL_DEMAND_COLUMNS : DEMAND_COLUMNS;
  const timeCells = (at: number) =>
    clock.base === 'show'
      ? `${showTimeText(at - clock.zeroAt)},${at - clock.zeroAt}`
      : `${new Date(at).toISOString()},${formatLocalIso(at)},${at}`;
  const lines = minutes.map(
    (minute) =>
      `${run.id},${csvCell(run.kind)},${timeCells(minute.at)},` +
      `${productCells(minute.sku, products.get(minute.sku))},${minute.reason},` +
      `${minute.attempts},${minute.units}\r\n`,
  );
  await writer.write(`${Papa.unparse([columns])}\r\n${lines.join('')}`);
  return minutes.length;
}
