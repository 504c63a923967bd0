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
  /**
   * A file for the part's text (a part the core writes later), or null to post the text (the
   * part the core writes as it comes): held in memory, a later part's text grew with the log.
   */
  spill: string | null;
}

/**
 * What the thread posts: the CSV of a run of its part's orders, in order, as UTF-8 bytes whose
 * buffer is transferred, not copied (null when the part spills to its file), then 'done'.
 */
export type CsvPartMessage =
  { type: 'rows'; bytes: Uint8Array | null; count: number } | { type: 'done' };
