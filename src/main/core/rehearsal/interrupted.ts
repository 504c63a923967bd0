import type { Db } from '../store/database';
import { endRun } from '../runs/run-repository';
import { RehearsalLog } from './rehearsal-log';

/**
 * At core start, before the open run is resumed: a rehearsal left open by a stopped app is ended
 * (its in-process server went with the app, and its old loopback port may now be anything's).
 * Returns the ids of the runs ended.
 */
export function endInterruptedRehearsals(db: Db): number[] {
  const ids = (
    db.prepare("SELECT id FROM runs WHERE kind = 'rehearsal' AND ended_at IS NULL").all() as {
      id: number;
    }[]
  ).map((row) => row.id);
  const log = new RehearsalLog(db);
  for (const id of ids) {
    log.append(id, { type: 'interrupted' });
    endRun(db, id);
  }
  return ids;
}
