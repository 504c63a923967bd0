import type { RunSummary } from '../../../shared/model/review';
import type { ClockLine } from './show-clock';
import type { ProductLabel } from './export-csv';

/**
 * Ranges a thread may have posted that the core has not written yet: it makes the next while the
 * core writes the others' (a few megabytes each), and waits beyond that.
 */
export const RANGES_AHEAD = 2;

/** What a CSV part's worker thread (csv-part-worker.ts) is given: its part of one run's log. */
export interface CsvPartJob {
  /** The database file, opened read-only by the thread. */
  file: string;
  nativeBinding?: string;
  run: Pick<RunSummary, 'id' | 'kind'>;
  /** Show time's line and zero (a rehearsal), or null for the wall clock. */
  showClock: { line: ClockLine; zeroAt: number } | null;
  products: [sku: string, label: ProductLabel][];
  /** The part's seq ranges in log order, each the entries after `after` up to `upTo`. */
  ranges: { after: number; upTo: number }[];
}

/**
 * What the thread posts: the CSV of a run of a range's orders, in order, as UTF-8 bytes whose
 * buffer is transferred, not copied; 'range' once a range's bytes are all posted; then 'done'.
 */
export type CsvPartMessage =
  { type: 'rows'; bytes: Uint8Array; count: number } | { type: 'range' } | { type: 'done' };

/** What the core posts to a thread each time one of its ranges is written to the file. */
export const RANGE_WRITTEN = 'written';
