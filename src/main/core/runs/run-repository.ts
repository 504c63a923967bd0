import { RunLogKind, type LiveRun, type RunKind } from '../../../shared/model/live';
import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { Db } from '../store/database';
import { RunLog } from '../sync/run-log';
import type { SyncTarget } from '../sync/sync-store';

interface RunRow {
  id: number;
  show_id: number;
  kind: RunKind;
  name: string;
  started_at: number;
  ended_at: number | null;
  server_url: string;
  server_show_id: string;
}

const SELECT_RUN = `SELECT r.id, r.show_id, r.kind, r.name, r.started_at, r.ended_at,
    s.server_url, s.server_show_id
  FROM runs r JOIN run_sync s ON s.run_id = r.id`;

function toRun(row: RunRow): LiveRun {
  return {
    id: row.id,
    showId: row.show_id,
    kind: row.kind,
    name: row.name,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    serverUrl: row.server_url,
    serverShowId: row.server_show_id,
  };
}

export interface NewRun {
  showId: number;
  kind: RunKind;
  name: string;
  target: SyncTarget;
}

/** Opens a run with its sync state (at seq 0, before any snapshot) and logs its start. */
export function createRun(db: Db, input: NewRun, at = Date.now()): LiveRun {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO runs (show_id, kind, name, started_at) VALUES (?, ?, ?, ?)')
        .run(input.showId, input.kind, input.name, at).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO run_sync (run_id, server_url, server_show_id, token, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(id, input.target.serverUrl, input.target.serverShowId, input.target.token, at);
    new RunLog(db).append(
      id,
      RunLogKind.runStarted,
      {
        showId: input.showId,
        kind: input.kind,
        serverUrl: input.target.serverUrl,
        serverShowId: input.target.serverShowId,
      },
      at,
    );
    return readRun(db, id);
  })();
}

export function readRun(db: Db, runId: number): LiveRun {
  const row = db.prepare(`${SELECT_RUN} WHERE r.id = ?`).get(runId) as RunRow | undefined;
  if (!row) throw new ApiError('not_found', coreText('run_missing', { id: runId }));
  return toRun(row);
}

/** The most recent run still open (a console runs one at a time). */
export function findOpenRun(db: Db): LiveRun | undefined {
  const row = db
    .prepare(`${SELECT_RUN} WHERE r.ended_at IS NULL ORDER BY r.started_at DESC, r.id DESC LIMIT 1`)
    .get() as RunRow | undefined;
  return row ? toRun(row) : undefined;
}

export function endRun(db: Db, runId: number, at = Date.now()): LiveRun {
  return db.transaction(() => {
    db.prepare('UPDATE runs SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(at, runId);
    new RunLog(db).append(runId, RunLogKind.runEnded, {}, at);
    return readRun(db, runId);
  })();
}

export function logRunResumed(db: Db, runId: number, at = Date.now()): void {
  new RunLog(db).append(runId, RunLogKind.runResumed, {}, at);
}
