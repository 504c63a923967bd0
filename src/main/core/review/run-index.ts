import type { PinInterval, TimelineMarker } from '../../../shared/model/review';
import type { RunKind } from '../../../shared/model/live';
import { MARKER_PREDICATE } from '../store/migrations/012-run-log-event-columns';
import type { Db } from '../store/database';
import { clockAnchorOf } from './clock-anchors';
import { parseEntry, type LogRow, type ReviewEntry } from './log-entry';
import { scanMarkers, type MarkerFacts } from './marker-scan';
import { orderSpan } from './rollup-queries';
import { ShowFold } from './show-fold';
import { clockLine, type ClockAnchor } from './show-clock';
import { readClockSeconds, type ClockSeconds } from './show-sales';
import { WALL_TIME, showTimeBase, type TimeBase } from './time-base';

const CHECKPOINT_EVERY = 500;

/**
 * A run's entries other than orders, parsed once and kept in memory while the run is reviewed
 * (they are few: pins, prices, restocks, link changes, notes, viewer counts), with what they
 * tell (facts) and replay checkpoints. Orders stay in the database (rollup and run log).
 */
export interface RunIndex {
  runId: number;
  /** Changes when the run gets new entries or ends; a stale index is rebuilt. */
  version: string;
  /** The run's span in wall-clock time (start to end, or to the last entry while open). */
  from: number;
  to: number;
  /** The clock the run is reviewed on: show time for a rehearsal with clock entries. */
  time: TimeBase;
  /** The span, the pins and the markers on that clock. */
  clockFrom: number;
  clockTo: number;
  pins: PinInterval[];
  markers: TimelineMarker[];
  /** Units per SKU per clock second, read when first needed (see clockSecondsOf). */
  clockSeconds: ClockSeconds | null;
  entries: ReviewEntry[];
  /** Per entry, the latest time up to it (entry times in log order, made non-decreasing). */
  times: number[];
  /** The fold after the first `index` entries. */
  checkpoints: { index: number; fold: ShowFold }[];
  facts: MarkerFacts;
}

interface RunTimes {
  kind: RunKind;
  started_at: number;
  ended_at: number | null;
  max_seq: number | null;
  /** Grows as a backfill journals a gap's events (below max_seq). */
  filled: number;
}

function runTimes(db: Db, runId: number): RunTimes | undefined {
  return db
    .prepare(
      `SELECT kind, started_at, ended_at,
         (SELECT max(seq) FROM run_log WHERE run_id = runs.id) AS max_seq,
         (SELECT coalesce(sum(filled_to), 0) FROM run_gaps WHERE run_id = runs.id) AS filled
       FROM runs WHERE id = ?`,
    )
    .get(runId) as RunTimes | undefined;
}

export function indexVersion(times: RunTimes): string {
  return `${times.max_seq ?? 0}:${times.filled}:${times.ended_at ?? 'open'}`;
}

/** The host-language texts of the run's show's talking points, by id. */
function talkingPointTexts(db: Db, runId: number): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT t.id, t.text_host AS text FROM talking_points t
       JOIN runs r ON r.show_id = t.show_id WHERE r.id = ?`,
    )
    .all(runId) as { id: number; text: string }[];
  return new Map(rows.map((row) => [row.id, row.text]));
}

/** The run's entries other than orders, and the clock anchors among them, in log order. */
function readEntries(db: Db, runId: number): { entries: ReviewEntry[]; anchors: ClockAnchor[] } {
  const rows = db
    .prepare(
      `SELECT seq, at, kind, payload FROM run_log WHERE run_id = ? AND ${MARKER_PREDICATE}
       ORDER BY seq`,
    )
    .iterate(runId) as IterableIterator<LogRow>;
  const entries: ReviewEntry[] = [];
  const anchors: ClockAnchor[] = [];
  for (const row of rows) {
    const anchor = clockAnchorOf(row);
    if (anchor) anchors.push(anchor);
    const entry = anchor ? null : parseEntry(row);
    if (entry) entries.push(entry);
  }
  const texts = talkingPointTexts(db, runId);
  for (const entry of entries) {
    if (entry.kind === 'talkingPoint' && entry.talkingPointId !== null) {
      entry.text = texts.get(entry.talkingPointId) ?? null;
    }
  }
  return { entries, anchors };
}

/** Show time for a rehearsal whose log has clock entries, the wall clock otherwise. */
function timeBaseOf(kind: RunKind, anchors: readonly ClockAnchor[]): TimeBase {
  const line = kind === 'rehearsal' ? clockLine(anchors) : null;
  if (!line) return WALL_TIME;
  const [first] = line.knots;
  return showTimeBase(line, first.at - first.showMs);
}

/** A marker with its times (and a pin's end, a flash sale's end) on the review clock. */
function markerOnClock(marker: TimelineMarker, time: TimeBase): TimelineMarker {
  const at = time.fromWall(marker.at);
  switch (marker.type) {
    case 'pin':
      return { ...marker, at, until: marker.until === null ? null : time.fromWall(marker.until) };
    case 'flashSale':
      return { ...marker, at, endsAt: time.fromWall(marker.endsAt) };
    default:
      return { ...marker, at };
  }
}

function buildIndex(db: Db, runId: number, times: RunTimes): RunIndex {
  const { entries, anchors } = readEntries(db, runId);
  const span = orderSpan(db, runId);
  const nonDecreasing: number[] = [];
  let latest = times.started_at;
  for (const entry of entries) {
    latest = Math.max(latest, entry.at);
    nonDecreasing.push(latest);
  }
  const to = Math.max(times.ended_at ?? times.started_at, latest, span.last ?? times.started_at);
  const from = Math.min(times.started_at, entries[0]?.at ?? times.started_at, span.first ?? to);
  const checkpoints = [{ index: 0, fold: new ShowFold() }];
  const fold = new ShowFold();
  entries.forEach((entry, index) => {
    fold.apply(entry);
    if ((index + 1) % CHECKPOINT_EVERY === 0) {
      checkpoints.push({ index: index + 1, fold: fold.clone() });
    }
  });
  const facts = scanMarkers(entries, to);
  const time = timeBaseOf(times.kind, anchors);
  const wall = time === WALL_TIME;
  return {
    runId,
    version: indexVersion(times),
    from,
    to,
    time,
    clockFrom: time.fromWall(from),
    clockTo: time.fromWall(to),
    pins: wall
      ? facts.pins
      : facts.pins.map((pin) => ({
          sku: pin.sku,
          from: time.fromWall(pin.from),
          to: time.fromWall(pin.to),
        })),
    markers: wall ? facts.markers : facts.markers.map((marker) => markerOnClock(marker, time)),
    clockSeconds: null,
    entries,
    times: nonDecreasing,
    checkpoints,
    facts,
  };
}

/** The run's units per SKU per second of its review clock, read once per index. */
export function clockSecondsOf(db: Db, index: RunIndex): ClockSeconds {
  const { clock } = index.time;
  const zeroAt = clock.base === 'show' ? clock.zeroAt : 0;
  index.clockSeconds ??= readClockSeconds(db, index.runId, index.time, zeroAt);
  return index.clockSeconds;
}

/** Keeps the indexes of the few runs being reviewed; rebuilds one whose run has changed. */
export class RunIndexCache {
  private readonly cache = new Map<number, RunIndex>();

  constructor(
    private readonly db: Db,
    private readonly capacity = 4,
  ) {}

  /** The run's index, or undefined when the run does not exist. */
  get(runId: number): RunIndex | undefined {
    const times = runTimes(this.db, runId);
    if (!times) {
      this.cache.delete(runId);
      return undefined;
    }
    const cached = this.cache.get(runId);
    this.cache.delete(runId);
    const index =
      cached && cached.version === indexVersion(times) ? cached : buildIndex(this.db, runId, times);
    this.cache.set(runId, index);
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return index;
  }

  forget(runId: number): void {
    this.cache.delete(runId);
  }
}
