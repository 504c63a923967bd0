import type { ReviewLogKind } from '../../../shared/model/review';
import type { Db } from '../store/database';
import { prepareEntryInsert } from '../sync/run-log';

/**
 * Appends a review entry (operator note, talking-point move) to a run's log. The live console
 * writes talking-point moves with it; `runs.addNote` writes notes.
 */
export function appendReviewEntry(
  db: Db,
  runId: number,
  kind: ReviewLogKind,
  payload: unknown,
  at = Date.now(),
): number {
  const result = prepareEntryInsert(db).run(runId, at, kind, JSON.stringify(payload));
  return Number(result.lastInsertRowid);
}
