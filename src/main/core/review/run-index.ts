import { MARKER_PREDICATE } from '../store/migrations/004-review';
import type { Db } from '../store/database';
import { parseEntry, type LogRow, type ReviewEntry } from './log-entry';
import { scanMarkers, type MarkerFacts } from './marker-scan';
import { orderSpan } from './rollup-queries';
import { ShowFold } from './show-fold';

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
  from: number;
  to: number;
  entries: ReviewEntry[];
  /** Per entry, the latest time up to it (entry times in log order, made non-decreasing). */
  times: number[];
  /** The fold after the first `index` entries. */
  checkpoints: { index: number; fold: ShowFold }[];
  facts: MarkerFacts;
}

interface RunTimes {
  started_at: number;
  ended_at: number | null;
  max_seq: number | null;
}

function runTimes(db: Db, runId: number): RunTimes | undefined {
  return db
    .prepare(
      `SELECT started_at, ended_at, (SELECT max(seq) FROM run_log WHERE run_id = runs.id) AS max_seq
       FROM runs WHERE id = ?`,
    )
    .get(runId) as RunTimes | undefined;
}

export function indexVersion(times: RunTimes): string {
  return `${times.max_seq ?? 0}:${times.ended_at ?? 'open'}`;
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

function readEntries(db: Db, runId: number): ReviewEntry[] {
  const rows = db
    .prepare(
      `SELECT seq, at, kind, payload FROM run_log WHERE run_id = ? AND ${MARKER_PREDICATE}
       ORDER BY seq`,
    )
    .iterate(runId) as IterableIterator<LogRow>;
  const entries: ReviewEntry[] = [];
  for (const row of rows) {
    const entry = parseEntry(row);
    if (entry) entries.push(entry);
  }
  const texts = talkingPointTexts(db, runId);
  for (const entry of entries) {
    if (entry.kind === 'talkingPoint' && entry.talkingPointId !== null) {
      entry.text = texts.get(entry.talkingPointId) ?? null;
    }
  }
  return entries;
}

function buildIndex(db: Db, runId: number, times: RunTimes): RunIndex {
  const entries = readEntries(db, runId);
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
  return {
    runId,
    version: indexVersion(times),
    from,
    to,
    entries,
    times: nonDecreasing,
    checkpoints,
    facts: scanMarkers(entries, to),
  };
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
