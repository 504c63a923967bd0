import { coreText } from '../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../shared/api/errors';
import { REHEARSAL_LOG_KIND, type ScenarioSummary } from '../../../shared/model/rehearsal';
import type { RunKind } from '../../../shared/model/live';
import type { Db } from '../store/database';
import type { DemandSecond, ScenarioDemand } from './crowd/scenario-crowd';
import { scenarioComments, scenarioOtherComments, scenarioRefused } from './scenario-audience';

interface LogRow {
  at: number;
  kind: string;
  payload: string;
}

interface Anchor {
  wallAt: number;
  simulatedMs: number;
}

interface EventPayload {
  type?: unknown;
  at?: unknown;
  sku?: unknown;
  qty?: unknown;
  count?: unknown;
  state?: unknown;
  simulatedMs?: unknown;
}

/**
 * A past run's demand as a scenario: its orders per product per second, the attempts its server
 * refused as unmet demand, its audience and the comments it kept with the rate of the rest, timed
 * from the moment its show went live. A rehearsal's times are taken in show time (its clock
 * entries map wall time to simulated time), so a run rehearsed at 20x replays at its real pace.
 */
export function loadScenarioDemand(db: Db, runId: number): ScenarioDemand {
  const run = db.prepare('SELECT kind FROM runs WHERE id = ?').get(runId) as
    { kind: RunKind } | undefined;
  if (!run) throw new ApiError('not_found', coreText('run_missing', { id: runId }));
  const rows = db
    .prepare(
      `SELECT at, kind, payload FROM run_log_entries WHERE run_id = ? AND (kind = ?
         OR event_type IN ('order', 'viewers', 'showState')) ORDER BY seq`,
    )
    .all(runId, REHEARSAL_LOG_KIND) as LogRow[];
  const parsed = rows.map((row) => ({ row, payload: JSON.parse(row.payload) as EventPayload }));
  const anchors: Anchor[] = parsed
    .filter(({ row, payload }) => row.kind === REHEARSAL_LOG_KIND && isNumber(payload.simulatedMs))
    .map(({ row, payload }) => ({ wallAt: row.at, simulatedMs: payload.simulatedMs as number }));
  const showTime = (wallAt: number) =>
    run.kind === 'rehearsal' && anchors.length > 0 ? toSimulated(anchors, wallAt) : wallAt;

  const events = parsed.filter(({ row, payload }) => row.kind === 'event' && isNumber(payload.at));
  const orders = events.filter(({ payload }) => payload.type === 'order');
  if (orders.length === 0) {
    throw new ApiError('invalid_input', coreText('run_no_orders', { id: runId }), [
      issueAt(['scenarioRunId'], coreText('run_no_orders_here')),
    ]);
  }
  const opened = events.find(
    ({ payload }) => payload.type === 'showState' && payload.state === 'live',
  );
  const zero = showTime((opened ?? orders[0]).payload.at as number);
  const secondOf = (payload: EventPayload) =>
    Math.floor((showTime(payload.at as number) - zero) / 1000);

  const buckets = new Map<string, DemandSecond>();
  for (const { payload } of orders) {
    const second = secondOf(payload);
    if (second < 0 || typeof payload.sku !== 'string' || !isNumber(payload.qty)) continue;
    const key = `${second} ${payload.sku}`;
    const bucket = buckets.get(key) ?? { second, sku: payload.sku, orders: 0, units: 0 };
    bucket.orders += 1;
    bucket.units += payload.qty;
    buckets.set(key, bucket);
  }
  const seconds = [...buckets.values()].sort((a, b) => a.second - b.second);
  const viewers = events
    .filter(({ payload }) => payload.type === 'viewers' && isNumber(payload.count))
    .map(({ payload }) => ({
      second: Math.max(0, secondOf(payload)),
      count: payload.count as number,
    }));
  const sinceLive = (wallAt: number) => showTime(wallAt) - zero;
  const last = seconds.at(-1)?.second ?? 0;
  return {
    runId,
    seconds,
    refused: scenarioRefused(db, runId, sinceLive),
    viewers,
    comments: scenarioComments(db, runId, sinceLive),
    otherComments: scenarioOtherComments(db, runId, sinceLive, zero),
    lengthMs: (last + 1) * 1000,
  };
}

/** Ended runs with orders, newest first (optionally of one show). */
export function listScenarios(db: Db, showId: number | null): ScenarioSummary[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.show_id, r.kind, r.name, r.started_at, r.ended_at,
         COUNT(*) AS orders, SUM(coalesce(l.order_qty, l.payload ->> '$.qty')) AS units
       FROM runs r JOIN run_log l ON l.run_id = r.id
       WHERE r.ended_at IS NOT NULL AND (? IS NULL OR r.show_id = ?)
         AND l.event_type = 'order'
       GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC`,
    )
    .all(showId, showId) as {
    id: number;
    show_id: number;
    kind: RunKind;
    name: string;
    started_at: number;
    ended_at: number | null;
    orders: number;
    units: number;
  }[];
  return rows.map((row) => ({
    runId: row.id,
    showId: row.show_id,
    kind: row.kind,
    name: row.name,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    orders: row.orders,
    units: row.units,
  }));
}

/** Show time at a wall-clock moment, by linear interpolation between the clock entries. */
export function toSimulated(anchors: readonly Anchor[], wallAt: number): number {
  if (wallAt <= anchors[0].wallAt) return anchors[0].simulatedMs;
  for (let index = 1; index < anchors.length; index++) {
    const after = anchors[index];
    if (wallAt > after.wallAt) continue;
    const before = anchors[index - 1];
    const span = after.wallAt - before.wallAt;
    const share = span <= 0 ? 1 : (wallAt - before.wallAt) / span;
    return before.simulatedMs + share * (after.simulatedMs - before.simulatedMs);
  }
  return anchors[anchors.length - 1].simulatedMs;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
