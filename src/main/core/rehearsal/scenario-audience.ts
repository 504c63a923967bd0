import type { CommentReport } from '../../../shared/protocol';
import { countsInShowTime, forEachUnmetAddition } from '../review/audience-review';
import type { Db } from '../store/database';
import type { DemandSecond, ScenarioComment } from './crowd/scenario-crowd';

/** Times on the past run's show: ms since it went live, for a server (wall-clock) time. */
type SinceLive = (wallAt: number) => number;

interface CommentRow {
  at: number;
  viewer_id: string;
  name: string;
  text: string;
  lang: string | null;
  sku: string | null;
}

/** The comments a past run kept, as their viewers wrote them, from the moment it went live. */
export function scenarioComments(db: Db, runId: number, sinceLive: SinceLive): ScenarioComment[] {
  const rows = db
    .prepare(
      `SELECT at, viewer_id, name, text, lang, sku FROM audience_comments
       WHERE run_id = ? ORDER BY at, comment_id`,
    )
    .all(runId) as CommentRow[];
  return rows
    .map((row) => {
      const comment: CommentReport = { viewerId: row.viewer_id, name: row.name, text: row.text };
      if (row.lang !== null) comment.lang = row.lang;
      if (row.sku !== null) comment.sku = row.sku;
      return { ms: Math.round(sinceLive(row.at)), comment };
    })
    .filter((comment) => comment.ms >= 0);
}

/**
 * Per minute of the past run's clock, from its start on the show, the comments a second it
 * counted but did not keep. A rehearsal counted per show minute (`liveShowMs`: its show time when
 * the show went live) since migration 019; before, per minute of the server's clock (a minute of a
 * rehearsal at 20x spans 20 minutes of show).
 */
export function scenarioOtherComments(
  db: Db,
  runId: number,
  sinceLive: SinceLive,
  liveShowMs: number,
): { second: number; perSecond: number }[] {
  const rows = db
    .prepare(
      'SELECT minute, comments, stored FROM audience_minutes WHERE run_id = ? ORDER BY minute',
    )
    .all(runId) as { minute: number; comments: number; stored: number }[];
  const span = db
    .prepare(
      "SELECT MIN(at) AS first, MAX(at) AS last FROM run_log WHERE run_id = ? AND kind = 'event'",
    )
    .get(runId) as { first: number | null; last: number | null };
  const first = span.first ?? 0;
  const last = span.last ?? 0;
  if (countsInShowTime(db, runId)) {
    const end = span.last === null ? Number.POSITIVE_INFINITY : sinceLive(span.last);
    return rows.map((row) => {
      const startMs = Math.max(0, row.minute * 60_000 - liveShowMs);
      const seconds = Math.max(
        1,
        (Math.min(end, row.minute * 60_000 + 60_000 - liveShowMs) - startMs) / 1000,
      );
      return {
        second: Math.floor(startMs / 1000),
        perSecond: Math.max(0, row.comments - row.stored) / seconds,
      };
    });
  }
  return rows.flatMap((row) => {
    const from = Math.max(first, row.minute * 60_000);
    const to = Math.min(last, row.minute * 60_000 + 60_000);
    const startMs = Math.max(0, sinceLive(from));
    const seconds = Math.max(1, (sinceLive(to) - startMs) / 1000);
    return [
      {
        second: Math.floor(startMs / 1000),
        perSecond: Math.max(0, row.comments - row.stored) / seconds,
      },
    ];
  });
}

/** The attempts a past run's server refused in the run as unmet demand, per product per second. */
export function scenarioRefused(db: Db, runId: number, sinceLive: SinceLive): DemandSecond[] {
  const buckets = new Map<string, DemandSecond>();
  forEachUnmetAddition(db, runId, (row, attempts, units) => {
    const second = Math.floor(sinceLive(row.at) / 1000);
    if (second < 0 || attempts <= 0) return;
    const key = `${second} ${row.sku}`;
    const bucket = buckets.get(key) ?? { second, sku: row.sku, orders: 0, units: 0 };
    bucket.orders += attempts;
    bucket.units += units;
    buckets.set(key, bucket);
  });
  return [...buckets.values()].sort((a, b) => a.second - b.second);
}
