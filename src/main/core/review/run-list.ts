import type { Currency } from '../../../shared/model/lineup';
import type { RunKind } from '../../../shared/model/live';
import type { Revenue, RunSummary } from '../../../shared/model/review';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import { REHEARSAL_LOG_KIND } from '../../../shared/model/rehearsal';
import type { Db } from '../store/database';
import { MARKER_PREDICATE } from '../store/migrations/012-run-log-event-columns';

interface RunRow {
  id: number;
  show_id: number;
  show_name: string;
  kind: RunKind;
  name: string;
  note: string;
  started_at: number;
  ended_at: number | null;
}

interface TotalRow {
  run_id: number;
  currency: Currency;
  orders: number;
  units: number;
  revenue: number;
}

const SELECT_RUNS = `SELECT r.id, r.show_id, s.name AS show_name, r.kind, r.name, r.note,
    r.started_at, r.ended_at
  FROM runs r JOIN shows s ON s.id = r.show_id`;

/** Orders, units and revenue per run and currency, from the review rollup of the run log. */
const SELECT_TOTALS = `SELECT t.run_id, coalesce(rp.currency, lp.currency, 'CNY') AS currency,
    sum(t.orders) AS orders, sum(t.units) AS units, sum(t.revenue) AS revenue
  FROM (SELECT run_id, sku, sum(orders) AS orders, sum(units) AS units,
          sum(revenue_minor) AS revenue
        FROM review_seconds WHERE run_id IN (SELECT r.id FROM runs r WHERE %WHERE%)
        GROUP BY run_id, sku) t
    JOIN runs r ON r.id = t.run_id
    LEFT JOIN run_products rp ON rp.run_id = t.run_id AND rp.sku = t.sku
    LEFT JOIN products lp ON lp.show_id = r.show_id AND lp.sku = t.sku
  GROUP BY t.run_id, 2 ORDER BY t.run_id, 2`;

/**
 * Show time a rehearsal ran: the last show time its rehearsal entries give (the stop's), through
 * the marker index.
 */
const SELECT_SHOW_TIMES = `SELECT run_id, max(payload ->> '$.simulatedMs') AS show_ms FROM run_log
  WHERE run_id IN (SELECT r.id FROM runs r WHERE %WHERE% AND r.kind = 'rehearsal')
    AND kind = '${REHEARSAL_LOG_KIND}' AND ${MARKER_PREDICATE}
  GROUP BY run_id`;

/** How long a run lasted on its own clock: show time for a rehearsal, wall time for a live run. */
function durationOf(
  row: RunRow,
  showMs: number | undefined,
): Pick<RunSummary, 'durationMs' | 'durationClock'> {
  if (row.ended_at === null) return { durationMs: null, durationClock: 'wall' };
  if (row.kind === 'rehearsal' && showMs !== undefined) {
    return { durationMs: showMs, durationClock: 'show' };
  }
  return { durationMs: row.ended_at - row.started_at, durationClock: 'wall' };
}

function summarize(row: RunRow, totals: readonly TotalRow[], showMs?: number): RunSummary {
  const revenue: Revenue[] = totals.map((t) => ({ currency: t.currency, minor: t.revenue }));
  return {
    id: row.id,
    showId: row.show_id,
    showName: row.show_name,
    kind: row.kind,
    rehearsal: row.kind === 'rehearsal',
    name: row.name,
    note: row.note,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    ...durationOf(row, showMs),
    open: row.ended_at === null,
    orders: totals.reduce((sum, t) => sum + t.orders, 0),
    unitsSold: totals.reduce((sum, t) => sum + t.units, 0),
    revenue,
  };
}

/** A filter on runs (alias r) with its parameters. */
interface RunFilter {
  where: string;
  params: (number | null)[];
}

function listWhere(db: Db, filter: RunFilter): RunSummary[] {
  const rows = db
    .prepare(`${SELECT_RUNS} WHERE ${filter.where} ORDER BY r.started_at DESC, r.id DESC`)
    .all(...filter.params) as RunRow[];
  const totals = db
    .prepare(SELECT_TOTALS.replace('%WHERE%', filter.where))
    .all(...filter.params) as TotalRow[];
  const byRun = new Map<number, TotalRow[]>();
  for (const total of totals) byRun.set(total.run_id, [...(byRun.get(total.run_id) ?? []), total]);
  const showTimes = db
    .prepare(SELECT_SHOW_TIMES.replace('%WHERE%', filter.where))
    .all(...filter.params) as { run_id: number; show_ms: number | null }[];
  const showMsOf = new Map(
    showTimes.flatMap((t) =>
      typeof t.show_ms === 'number' ? [[t.run_id, t.show_ms] as const] : [],
    ),
  );
  return rows.map((row) => summarize(row, byRun.get(row.id) ?? [], showMsOf.get(row.id)));
}

/** Every run, newest first; only the show's runs when `showId` is given. */
export function listRuns(db: Db, showId?: number): RunSummary[] {
  const id = showId ?? null;
  return listWhere(db, { where: '(? IS NULL OR r.show_id = ?)', params: [id, id] });
}

export function runSummary(db: Db, runId: number): RunSummary {
  const [run] = listWhere(db, { where: 'r.id = ?', params: [runId] });
  if (!run) throw new ApiError('not_found', coreText('run_missing', { id: runId }));
  return run;
}

export function renameRun(db: Db, runId: number, name: string): RunSummary {
  runSummary(db, runId);
  db.prepare('UPDATE runs SET name = ? WHERE id = ?').run(name, runId);
  return runSummary(db, runId);
}

export function annotateRun(db: Db, runId: number, note: string): RunSummary {
  runSummary(db, runId);
  db.prepare('UPDATE runs SET note = ? WHERE id = ?').run(note, runId);
  return runSummary(db, runId);
}

/** Deletes an ended run with its log; an open run must be ended first. */
export function deleteRun(db: Db, runId: number): { deleted: number } {
  const run = runSummary(db, runId);
  if (run.open) {
    throw new ApiError('conflict', coreText('run_open_delete', { name: run.name }));
  }
  db.prepare('DELETE FROM runs WHERE id = ?').run(runId);
  return { deleted: runId };
}

/**
 * Deleting a show would delete its runs with it. A live run is the record of a real show, so a
 * show with live runs is kept: this throws `conflict` naming them (rehearsals go with the show).
 */
export function refuseDeletingShowWithLiveRuns(db: Db, showId: number): void {
  const live = db
    .prepare("SELECT name FROM runs WHERE show_id = ? AND kind = 'live' ORDER BY started_at")
    .pluck()
    .all(showId) as string[];
  if (live.length === 0) return;
  const names = live.map((name) => `"${name}"`).join(', ');
  throw new ApiError('conflict', coreText('show_has_live_runs', { count: live.length, names }));
}

/**
 * Deleting a show deletes its (rehearsal) runs with it: refused with `conflict` naming each run,
 * one issue per run id at ['runIds'], unless `runIds` names exactly those runs.
 */
export function requireRunsNamedForDeletion(
  db: Db,
  showId: number,
  runIds: readonly number[] | undefined,
): void {
  const runs = db
    .prepare('SELECT id, name FROM runs WHERE show_id = ? ORDER BY started_at, id')
    .all(showId) as { id: number; name: string }[];
  const named = new Set(runIds ?? []);
  if (runs.length === named.size && runs.every((run) => named.has(run.id))) return;
  const names = runs.map((run) => `"${run.name}"`).join(', ');
  throw new ApiError(
    'conflict',
    coreText('show_deletes_runs', { count: runs.length, names }),
    runs.map((run) => ({ path: ['runIds'], message: String(run.id) })),
  );
}
