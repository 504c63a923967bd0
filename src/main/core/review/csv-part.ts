import type { RunSummary } from '../../../shared/model/review';
import type { ClockLine } from './show-clock';
import type { ProductLabel } from './export-csv';

/** What a CSV part's worker thread (csv-part-worker.ts) is given: its part of one run's log. */
export interface CsvPartJob {
  /** The database file, opened read-only by the thread. */
  file: string;
  nativeBinding?: string;
  run: Pick<RunSummary, 'id' | 'kind'>;
  /** Show time's line and zero (a rehearsal), or null for the wall clock. */
  showClock: { line: ClockLine; zeroAt: number } | null;
  products: [sku: string, label: ProductLabel][];
  /** The part: the entries after seq `after`, up to seq `upTo`. */
  after: number;
  upTo: number;
}

/** What the thread posts: the CSV text of a run of its part's orders, in order; then 'done'. */
export type CsvPartMessage = { type: 'rows'; text: string; count: number } | { type: 'done' };
