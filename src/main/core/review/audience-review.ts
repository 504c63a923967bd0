import type {
  CommentMinute,
  HostSend,
  RunAudience,
  TopQuestion,
  UnmetDemand,
  UnmetMinute,
} from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { SalesBuckets } from './sales-buckets';
import type { TimeBase } from './time-base';

/**
 * The audience side of a run for the review, from the audience tables (migration 008): unmet
 * demand per product and over time, comments per minute, the most asked questions per product
 * and what was sent to the host view. Times go out on the run's review clock.
 */

/** Refusals that are demand not met: the product was sold out, or its flash sale's cap reached. */
const UNMET = "('sold_out', 'flash_cap')";
/** The most asked questions kept per product. */
export const TOP_QUESTIONS = 5;

/**
 * The server time of the run's baseline totals (its first), or -Infinity when it has none (a run
 * stored before baselines counts from zero). Totals at or before it were counted before the run.
 */
function baseAt(db: Db, runId: number): number {
  const row = db.prepare('SELECT at FROM audience_demand_base WHERE run_id = ?').get(runId) as
    { at: number } | undefined;
  return row?.at ?? Number.NEGATIVE_INFINITY;
}

export interface DemandRow {
  sku: string;
  reason: string;
  at: number;
  attempts: number;
  units: number;
}

/**
 * Walks the run's unmet-demand totals in order, calling `added` with what each one added in the
 * run (the baseline's totals are the starting point, not an addition).
 */
export function forEachUnmetAddition(
  db: Db,
  runId: number,
  added: (row: DemandRow, attempts: number, units: number) => void,
): void {
  const since = baseAt(db, runId);
  const rows = db
    .prepare(
      `SELECT sku, reason, at, attempts, units FROM audience_demand
       WHERE run_id = ? AND reason IN ${UNMET} ORDER BY sku, reason, at`,
    )
    .all(runId) as DemandRow[];
  let key = '';
  let before = { attempts: 0, units: 0 };
  for (const row of rows) {
    const rowKey = `${row.sku}\u0000${row.reason}`;
    if (rowKey !== key) {
      key = rowKey;
      before = { attempts: 0, units: 0 };
    }
    if (row.at > since) added(row, row.attempts - before.attempts, row.units - before.units);
    before = row;
  }
}

/** Each product's unmet demand in the run: its last totals less the run's baseline. */
export function unmetBySku(db: Db, runId: number): Map<string, UnmetDemand> {
  const bySku = new Map<string, UnmetDemand>();
  forEachUnmetAddition(db, runId, (row, attempts, units) => {
    const sum = bySku.get(row.sku) ?? { attempts: 0, units: 0 };
    sum.attempts += attempts;
    sum.units += units;
    bySku.set(row.sku, sum);
  });
  return new Map([...bySku].filter(([, sum]) => sum.attempts > 0 || sum.units > 0));
}

/**
 * Units refused as unmet demand added to `buckets` by when the server counted them; a count
 * made past the run's ends (the server sums them up to a second late) goes to its nearest end.
 */
export function addUnmetUnits(
  db: Db,
  runId: number,
  time: TimeBase,
  buckets: SalesBuckets,
  range: { from: number; to: number },
  run: { from: number; to: number },
): void {
  forEachUnmetAddition(db, runId, (row, _attempts, units) => {
    const at = Math.min(run.to, Math.max(run.from, time.fromWall(row.at)));
    if (units > 0 && at >= range.from && at <= range.to) buckets.add(row.sku, at, units);
  });
}

/**
 * Unmet demand per product, reason and minute of the review clock (from its zero on a show
 * clock), in time order; a count made past the run's ends goes to its nearest end.
 */
export function unmetMinutes(
  db: Db,
  runId: number,
  time: TimeBase,
  run: { from: number; to: number },
): UnmetMinute[] {
  const zero = time.clock.base === 'show' ? time.clock.zeroAt : 0;
  const byKey = new Map<string, UnmetMinute>();
  forEachUnmetAddition(db, runId, (row, attempts, units) => {
    if (attempts <= 0 && units <= 0) return;
    const at = Math.min(run.to, Math.max(run.from, time.fromWall(row.at)));
    const minute = zero + Math.floor((at - zero) / 60_000) * 60_000;
    const reason = row.reason as UnmetMinute['reason'];
    const key = `${minute} ${row.sku} ${reason}`;
    const sum = byKey.get(key) ?? { at: minute, sku: row.sku, reason, attempts: 0, units: 0 };
    sum.attempts += attempts;
    sum.units += units;
    byKey.set(key, sum);
  });
  return [...byKey.values()].sort(
    (a, b) => a.at - b.at || a.sku.localeCompare(b.sku) || a.reason.localeCompare(b.reason),
  );
}

/** Whether the run's audience_minutes count minutes of show time (migration 019), not wall time. */
export function countsInShowTime(db: Db, runId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM audience_show_minutes WHERE run_id = ?').get(runId) !== undefined
  );
}

/**
 * Comments and questions per minute that overlaps the range: a minute of the run's review clock
 * where the run counted in show time (a rehearsal since migration 019), else of the server's clock.
 */
export function commentMinutes(
  db: Db,
  runId: number,
  time: TimeBase,
  range: { from: number; to: number },
): CommentMinute[] {
  const rows = db
    .prepare(
      'SELECT minute, comments, questions FROM audience_minutes WHERE run_id = ? ORDER BY minute',
    )
    .all(runId) as { minute: number; comments: number; questions: number }[];
  const zero = time.clock.base === 'show' ? time.clock.zeroAt : null;
  const span =
    zero !== null && countsInShowTime(db, runId)
      ? (minute: number) => [zero + minute * 60_000, zero + minute * 60_000 + 59_999]
      : (minute: number) => [
          time.fromWall(minute * 60_000),
          time.fromWall(minute * 60_000 + 59_999),
        ];
  return rows
    .map((row) => {
      const [at, end] = span(row.minute);
      return { at, end, comments: row.comments, questions: row.questions };
    })
    .filter((row) => row.end >= range.from && row.at <= range.to)
    .map(({ at, comments, questions }) => ({ at, comments, questions }));
}

/** The words of a question without case, spaces and punctuation: the same question asked twice. */
function questionKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function topQuestions(db: Db, runId: number, time: TimeBase): RunAudience['topQuestions'] {
  const rows = db
    .prepare(
      `SELECT sku, text, COUNT(*) AS count, MIN(at) AS firstAt FROM audience_comments
       WHERE run_id = ? AND question = 1 AND blocked = 0 GROUP BY sku, text`,
    )
    .all(runId) as { sku: string | null; text: string; count: number; firstAt: number }[];
  const bySku = new Map<string | null, Map<string, TopQuestion>>();
  for (const row of rows) {
    const questions = bySku.get(row.sku) ?? new Map<string, TopQuestion>();
    bySku.set(row.sku, questions);
    const key = questionKey(row.text) || row.text;
    const seen = questions.get(key);
    const firstAt = time.fromWall(row.firstAt);
    if (seen === undefined) {
      questions.set(key, { text: row.text, count: row.count, firstAt });
    } else {
      seen.count += row.count;
      seen.firstAt = Math.min(seen.firstAt, firstAt);
    }
  }
  return [...bySku]
    .map(([sku, questions]) => ({
      sku,
      total: [...questions.values()].reduce((sum, q) => sum + q.count, 0),
      questions: [...questions.values()]
        .sort((a, b) => b.count - a.count || a.firstAt - b.firstAt)
        .slice(0, TOP_QUESTIONS),
    }))
    .sort((a, b) => b.total - a.total)
    .map(({ sku, questions }) => ({ sku, questions }));
}

function hostDetail(detail: string): { name: string; text: string; sku: string | null } {
  const parsed = JSON.parse(detail) as { name?: unknown; text?: unknown; sku?: unknown };
  return {
    name: typeof parsed.name === 'string' ? parsed.name : '',
    text: typeof parsed.text === 'string' ? parsed.text : '',
    sku: typeof parsed.sku === 'string' ? parsed.sku : null,
  };
}

function hostSends(db: Db, runId: number, time: TimeBase): HostSend[] {
  const rows = db
    .prepare(
      `SELECT at, action, detail FROM audience_actions
       WHERE run_id = ? AND action IN ('host', 'hostDone') ORDER BY id`,
    )
    .all(runId) as { at: number; action: 'host' | 'hostDone'; detail: string }[];
  const sends: HostSend[] = [];
  for (const row of rows) {
    const at = time.fromWall(row.at);
    const shown = sends.at(-1);
    if (shown !== undefined && shown.until === null) shown.until = at;
    if (row.action === 'host') sends.push({ at, until: null, ...hostDetail(row.detail) });
  }
  return sends;
}

/** Comment totals, the most asked questions per product and the questions sent to the host. */
export function runAudience(db: Db, runId: number, time: TimeBase): RunAudience {
  const totals = db
    .prepare(
      `SELECT COALESCE(SUM(comments), 0) AS comments, COALESCE(SUM(questions), 0) AS questions,
              COALESCE(SUM(blocked), 0) AS blocked, COALESCE(SUM(stored), 0) AS stored
       FROM audience_minutes WHERE run_id = ?`,
    )
    .get(runId) as RunAudience['totals'];
  return {
    runId,
    totals,
    topQuestions: topQuestions(db, runId, time),
    hostSends: hostSends(db, runId, time),
  };
}
