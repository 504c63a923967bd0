import { z } from 'zod';
import { Language, type Currency } from './lineup';
import type { LinkReason, ProtocolErrorText, SnapshotReason } from './link-note';
import type { LinkLogState, RunKind, ShowState } from './live';
import type { FlashSaleEndReason } from './recent';

/**
 * Post-show review: the run list, per-product results, the timeline, the console as it was at a
 * moment (replay), comparisons and exports. Everything here is computed by the core from the run
 * log (table run_log); money is in minor units, times are epoch milliseconds on the run's review
 * clock (see ReviewClock). Server events are placed at their server time (`at` of the event),
 * console entries (link, commands, notes) at the console time they were written.
 */

/**
 * The clock a run's review gives its times on, and takes them on (timeline ranges, stateAt,
 * notes). 'wall': the wall clock (a live run). 'show': a rehearsal's show time, the simulated
 * clock that runs at the rehearsal's speed and stands still while it is paused, written as epoch
 * ms counted from `zeroAt` (the wall-clock moment show time was 0), so `at - zeroAt` is show time;
 * every duration and rate (sold-out time, first pin to sold out, pinned time, units per second
 * and per minute) is then in show time too. A rehearsal whose log has no clock entries is
 * reviewed on the wall clock.
 */
export type ReviewClock = { base: 'wall' } | { base: 'show'; zeroAt: number };

/**
 * Run log kinds written for review (besides RunLogKind in ./live; talking-point moves are the
 * on-air log's `talking_point` entries, see OnAirLogKind in ./onair).
 */
export const ReviewLogKind = {
  /** An operator note: { text }. */
  note: 'note',
} as const;
export type ReviewLogKind = (typeof ReviewLogKind)[keyof typeof ReviewLogKind];

export const NotePayload = z.object({ text: z.string().min(1).max(2000) });
export type NotePayload = z.infer<typeof NotePayload>;

/** Orders CSV, run log JSON, HTML report, and unmet demand per product per minute (CSV). */
export const ExportFormat = z.enum(['csv', 'json', 'html', 'demand']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** An export's file name: a plain name in the exports folder (no folder part). */
export const ExportFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\0]+$/, 'a file name without a folder')
  .refine((name) => name !== '.' && name !== '..', 'a file name without a folder');

/** Revenue in one currency (a run may sell in several). */
export interface Revenue {
  currency: Currency;
  minor: number;
}

/** One run in the run list. */
export interface RunSummary {
  id: number;
  showId: number;
  showName: string;
  kind: RunKind;
  /** true for a rehearsal: the UI and every export mark it. */
  rehearsal: boolean;
  name: string;
  note: string;
  startedAt: number;
  endedAt: number | null;
  /** null while the run is open; show time for a rehearsal (`durationClock`), else wall time. */
  durationMs: number | null;
  durationClock: 'show' | 'wall';
  open: boolean;
  /** Orders and units recorded in the run log. */
  orders: number;
  unitsSold: number;
  revenue: Revenue[];
}

export interface ProductResult {
  sku: string;
  name: string;
  currency: Currency;
  /** Lineup position on the server. */
  position: number;
  /** Stock plus sold when the product was first seen (lineup upload or first snapshot). */
  openingStock: number;
  restockedUnits: number;
  finalStock: number;
  /** The server's sold counter at the end of the log. */
  unitsSold: number;
  orders: number;
  /** Units in order entries of the log; differs from unitsSold only after a snapshot gap. */
  loggedUnits: number;
  unitsNotInLog: number;
  /** unitsSold / (unitsSold + finalStock); null when nothing was ever in stock. */
  sellThrough: number | null;
  /** Sum of logged orders' qty x price paid. */
  revenueMinor: number;
  /** false when orders are missing from the log (a snapshot replaced them). */
  revenueComplete: boolean;
  finalPriceMinor: number;
  /** First time the stock reached zero. */
  soldOutAt: number | null;
  firstPinnedAt: number | null;
  /** soldOutAt - firstPinnedAt, when the first pin came before the sell-out. */
  pinToSoldOutMs: number | null;
  /** Most units sold in one second of the review clock, and when that second started. */
  peakUnitsPerSecond: number;
  peakSecondAt: number | null;
  pinnedMs: number;
  unitsWhilePinned: number;
  unitsWhileNotPinned: number;
  /**
   * Demand that was not met: the viewers' attempts the sale server refused because the product
   * was sold out or its flash sale's unit cap was reached, and the units they asked for (in the
   * run: the server's totals at its end less those it started with; feature `audience`, 0
   * without it).
   */
  unmet: UnmetDemand;
}

export interface UnmetDemand {
  attempts: number;
  units: number;
}

/** One product's unmet demand for one reason in one minute of the review clock. */
export interface UnmetMinute extends UnmetDemand {
  /** The minute's start on the review clock (a whole minute of it). */
  at: number;
  sku: string;
  reason: 'sold_out' | 'flash_cap';
}

export interface RunResults {
  run: RunSummary;
  /** The clock of every time and duration below. */
  clock: ReviewClock;
  /** The run's time span (start to end, or to the last entry while open). */
  from: number;
  to: number;
  products: ProductResult[];
  totals: { orders: number; unitsSold: number; revenue: Revenue[] };
  protocolErrors: number;
  linkDrops: number;
  /**
   * Server events the run log lacks (a snapshot skipped them and no backfill has filled them
   * yet): 0 when the log holds every seq from 1 to the last, the only case called complete.
   */
  logMissing: number;
}

export interface StockPoint {
  at: number;
  stock: number;
}

export interface StockSeries {
  sku: string;
  name: string;
  points: StockPoint[];
  /** true: built from every order in range; false: from per-second figures (exact per second). */
  exact: boolean;
}

export interface SalesBucket {
  /** Start of the bucket. */
  at: number;
  units: number;
  bySku: Record<string, number>;
}

export interface PinInterval {
  sku: string;
  from: number;
  to: number;
}

type Mark<T extends string, F> = { type: T; at: number; seq: number } & F;

export type TimelineMarker =
  | Mark<'pin', { sku: string; until: number | null }>
  | Mark<'unpin', Record<never, never>>
  | Mark<'talkingPoint', { talkingPointId: number | null; text: string | null }>
  | Mark<'price', { sku: string; priceMinor: number }>
  | Mark<'restock', { sku: string; units: number; stock: number }>
  | Mark<'flashSale', { sku: string; priceMinor: number; unitCap: number; endsAt: number }>
  | Mark<'flashSaleEnded', { sku: string; sold: number; reason: FlashSaleEndReason }>
  | Mark<'showState', { state: ShowState }>
  | Mark<'linkDown', { state: LinkLogState; reason: LinkReason }>
  | Mark<'linkUp', { reason: LinkReason }>
  | Mark<'protocolError', { reason: string; message: ProtocolErrorText }>
  | Mark<'commandRejected', { kind: string; code: string; message: string }>
  /** A command the producer dropped at the end of the run, unanswered (`message`: ever sent?). */
  | Mark<'commandDropped', { kind: string; message: string }>
  | Mark<'snapshot', { reason: SnapshotReason }>
  | Mark<'note', { text: string }>;
export type TimelineMarkerType = TimelineMarker['type'];

export interface Timeline {
  runId: number;
  clock: ReviewClock;
  from: number;
  to: number;
  maxPoints: number;
  series: StockSeries[];
  sales: { bucketMs: number; buckets: SalesBucket[] };
  pins: PinInterval[];
  markers: TimelineMarker[];
  /** Markers in range left out past the limit (the earliest ones are kept). */
  markersOmitted: number;
  /** Units refused as unmet demand (see ProductResult.unmet), in the sales' buckets. */
  unmet: { bucketMs: number; buckets: SalesBucket[] };
  /** Viewer comments per minute of the server's clock, placed on the review clock. */
  comments: CommentMinute[];
}

export interface CommentMinute {
  at: number;
  comments: number;
  questions: number;
}

/** One question asked by many viewers about one product (same words, counted). */
export interface TopQuestion {
  text: string;
  count: number;
  /** When it was first asked. */
  firstAt: number;
}

/** A comment the producer sent to the host view, and when it left the host view. */
export interface HostSend {
  at: number;
  /** Done, or replaced by the next one sent; null: still shown when the log ends. */
  until: number | null;
  name: string;
  text: string;
  sku: string | null;
}

/** The audience side of a run for the review (feature `audience`). */
export interface RunAudience {
  runId: number;
  totals: { comments: number; questions: number; blocked: number; stored: number };
  /** The most asked questions per product (null: about no product), most asked first. */
  topQuestions: { sku: string | null; questions: TopQuestion[] }[];
  hostSends: HostSend[];
}

export interface ReplayProduct {
  sku: string;
  name: string;
  currency: Currency;
  priceMinor: number;
  stock: number;
  sold: number;
  revenueMinor: number;
  pinned: boolean;
  flashSale: { priceMinor: number; unitCap: number; endsAt: number } | null;
}

/** The console as it was at `at`, rebuilt from the run log. */
export interface ReplayState {
  runId: number;
  clock: ReviewClock;
  at: number;
  showState: ShowState;
  pin: { sku: string | null; until: number | null };
  viewers: number;
  /** unknown before the first link entry. */
  link: { state: LinkLogState | 'unknown'; reason: LinkReason | null };
  /** The current talking point (text null when it is no longer in the lineup). */
  talkingPoint: { id: number; text: string | null } | null;
  products: ReplayProduct[];
}

/** B minus A; null where either side has no figure. */
export interface ResultDiff {
  unitsSold: number | null;
  revenueMinor: number | null;
  sellThrough: number | null;
  soldOutAt: number | null;
  pinToSoldOutMs: number | null;
  peakUnitsPerSecond: number | null;
  pinnedMs: number | null;
  unitsWhilePinned: number | null;
}

export interface CompareRow {
  sku: string;
  name: string;
  a: ProductResult | null;
  b: ProductResult | null;
  diff: ResultDiff;
}

export interface RunComparison {
  a: RunSummary;
  b: RunSummary;
  /**
   * Each run's start on its own review clock (a rehearsal's show time, a live run's wall
   * clock): sold-out times compare as the time since it.
   */
  from: { a: number; b: number };
  rows: CompareRow[];
}

export interface ExportResult {
  runId: number;
  format: ExportFormat;
  /** In the exports folder of the data folder; fetch it with review.exportContent. */
  fileName: string;
  path: string;
  bytes: number;
  /** Orders (csv), log entries (json) or products (html) written. */
  rows: number;
  rehearsal: boolean;
  /** Whether the run log held every server event from seq 1 to the last when it was written. */
  complete: boolean;
}

/** A piece of an export file (base64 of its bytes from `offset`). */
export interface ExportChunk {
  fileName: string;
  mimeType: string;
  offset: number;
  /** null after the last piece. */
  nextOffset: number | null;
  totalBytes: number;
  base64: string;
}

export interface ExportProgress {
  runId: number;
  format: ExportFormat;
  done: number;
  total: number;
}

const Id = z.number().int().positive();
const Epoch = z.number().int().min(0).max(8_640_000_000_000_000);

/** Console API inputs of the review (merged into apiInputs in ../api/api-inputs). */
export const reviewInputs = {
  /** Every run, newest first; only the show's with `showId`. */
  'runs.list': z.object({ showId: Id.optional() }),
  'runs.rename': z.object({ runId: Id, name: z.string().trim().min(1).max(200) }),
  /** Sets the run's note (empty clears it). */
  'runs.annotate': z.object({ runId: Id, note: z.string().trim().max(2000) }),
  /** Deletes an ended run and its log (`conflict` while it is open); the UI confirms first. */
  'runs.delete': z.object({ runId: Id }),
  /**
   * Writes an operator note into the run log at `at` (on the run's review clock; now by
   * default): a timeline marker.
   */
  'runs.addNote': z.object({
    runId: Id,
    text: z.string().trim().min(1).max(2000),
    at: Epoch.optional(),
  }),
  'review.results': z.object({ runId: Id }),
  /** Comment totals, the top questions per product and what was sent to the host, and when. */
  'review.audience': z.object({ runId: Id }),
  /**
   * The whole run by default; a narrower from/to (on the run's review clock) zooms in. At most
   * `maxPoints` per series.
   */
  'review.timeline': z.object({
    runId: Id,
    from: Epoch.optional(),
    to: Epoch.optional(),
    maxPoints: z.number().int().min(16).max(20_000).optional(),
  }),
  /**
   * The console as it was at `at` (on the run's review clock), rebuilt from the run log; in a
   * rehearsal, a moment while it was paused counts everything done during the pause.
   */
  'review.stateAt': z.object({ runId: Id, at: Epoch }),
  'review.compare': z.object({ runIdA: Id, runIdB: Id }),
  /**
   * Writes an export into the data folder's exports folder (progress: review.exportProgress)
   * and resolves once it is complete. `fileName` (a bare name) replaces the default name.
   * `language` is the HTML report's (English if not given; the UI sends its own); the CSV names
   * products in both of the show's languages and the JSON keeps its keys in any language.
   */
  'review.export': z.object({
    runId: Id,
    format: ExportFormat,
    fileName: ExportFileName.optional(),
    language: Language.optional(),
  }),
  /**
   * Cancels the run's exports of `format` under way: their threads end, their partial files are
   * removed and each `review.export` asked for them fails (conflict, export_cancelled).
   * Resolves with how many were cancelled (0 when none was running).
   */
  'review.exportCancel': z.object({ runId: Id, format: ExportFormat }),
  /** A piece (1 MiB) of an export file from `offset`, base64: how the browser host downloads. */
  'review.exportContent': z.object({
    fileName: ExportFileName,
    offset: z.number().int().min(0).default(0),
  }),
} satisfies Record<string, z.ZodType>;

/** What the review methods resolve to (merged into ApiResults). */
export interface ReviewApiResults {
  'runs.list': RunSummary[];
  'runs.rename': RunSummary;
  'runs.annotate': RunSummary;
  'runs.delete': { deleted: number };
  'runs.addNote': TimelineMarker;
  'review.results': RunResults;
  'review.audience': RunAudience;
  'review.timeline': Timeline;
  'review.stateAt': ReplayState;
  'review.compare': RunComparison;
  'review.export': ExportResult;
  'review.exportCancel': { cancelled: number };
  'review.exportContent': ExportChunk;
}

/** Review events (merged into ApiEvents). */
export interface ReviewApiEvents {
  /** A run was renamed, annotated, noted or deleted. */
  'runs.changed': { runId: number };
  /** An export is under way: `done` of `total` orders (csv), entries (json) or steps (html). */
  'review.exportProgress': ExportProgress;
}
