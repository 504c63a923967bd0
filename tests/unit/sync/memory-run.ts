import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { createRun } from '../../../src/main/core/runs/run-repository';
import type { LiveRun } from '../../../src/shared/model/live';

/** A migrated in-memory database with one show and one open run on it. */
export function memoryRun(): { db: Db; run: LiveRun } {
  const { db } = openDatabase(':memory:');
  const now = new Date().toISOString();
  const showId = Number(
    db
      .prepare(
        `INSERT INTO shows (name, host_language, audience_language, created_at, updated_at)
         VALUES ('Unit', 'en', 'zh-CN', ?, ?)`,
      )
      .run(now, now).lastInsertRowid,
  );
  const run = createRun(db, {
    showId,
    kind: 'live',
    name: 'unit run',
    target: { serverUrl: 'http://127.0.0.1:9', serverShowId: 'show-1', token: 't' },
  });
  return { db, run };
}

export function logKinds(db: Db, runId: number): string[] {
  return (
    db.prepare('SELECT kind FROM run_log WHERE run_id = ? ORDER BY seq').all(runId) as {
      kind: string;
    }[]
  ).map((row) => row.kind);
}
