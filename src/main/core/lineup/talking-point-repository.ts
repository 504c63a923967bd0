import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { Show, TalkingPointInput } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import { checkReorder } from './order';
import {
  loadShow,
  requireProductRow,
  requireShowRow,
  requireTalkingPointRow,
  touchShow,
} from './show-queries';

/**
 * Talking points come in groups: the show's own (productId null) and one group per product.
 * Positions are dense 0..n-1 within each group.
 */
export function insertTalkingPoint(
  db: Db,
  showId: number,
  productId: number | null,
  point: TalkingPointInput,
  position: number,
): number {
  const result = db
    .prepare(
      `INSERT INTO talking_points (show_id, product_id, position, text_host, text_audience, planned_seconds)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(showId, productId, position, point.textHost, point.textAudience, point.plannedSeconds);
  return Number(result.lastInsertRowid);
}

export function talkingPointIdsOf(db: Db, showId: number, productId: number | null): number[] {
  return (
    db
      .prepare(
        `SELECT id FROM talking_points WHERE show_id = ? AND product_id IS ?
         ORDER BY position, id`,
      )
      .all(showId, productId) as { id: number }[]
  ).map((row) => row.id);
}

function renumberTalkingPoints(db: Db, showId: number, productId: number | null): void {
  const update = db.prepare('UPDATE talking_points SET position = ? WHERE id = ?');
  talkingPointIdsOf(db, showId, productId).forEach((id, position) => update.run(position, id));
}

/** Checks the show exists and, when a product is named, that it belongs to that show. */
function requireGroup(db: Db, showId: number, productId: number | null): void {
  requireShowRow(db, showId);
  if (productId === null) return;
  const product = requireProductRow(db, productId);
  if (product.show_id !== showId) {
    throw new ApiError('not_found', coreText('product_not_in_show', { productId, showId }));
  }
}

export function addTalkingPoint(
  db: Db,
  showId: number,
  productId: number | null,
  point: TalkingPointInput,
): Show {
  inTransaction(db, () => {
    requireGroup(db, showId, productId);
    const position = talkingPointIdsOf(db, showId, productId).length;
    insertTalkingPoint(db, showId, productId, point, position);
    touchShow(db, showId);
  });
  return loadShow(db, showId);
}

export function updateTalkingPoint(db: Db, talkingPointId: number, point: TalkingPointInput): Show {
  const showId = inTransaction(db, () => {
    const row = requireTalkingPointRow(db, talkingPointId);
    db.prepare(
      'UPDATE talking_points SET text_host = ?, text_audience = ?, planned_seconds = ? WHERE id = ?',
    ).run(point.textHost, point.textAudience, point.plannedSeconds, talkingPointId);
    touchShow(db, row.show_id);
    return row.show_id;
  });
  return loadShow(db, showId);
}

export function removeTalkingPoint(db: Db, talkingPointId: number): Show {
  const showId = inTransaction(db, () => {
    const row = requireTalkingPointRow(db, talkingPointId);
    db.prepare('DELETE FROM talking_points WHERE id = ?').run(talkingPointId);
    renumberTalkingPoints(db, row.show_id, row.product_id);
    touchShow(db, row.show_id);
    return row.show_id;
  });
  return loadShow(db, showId);
}

export function reorderTalkingPoints(
  db: Db,
  showId: number,
  productId: number | null,
  talkingPointIds: readonly number[],
): Show {
  inTransaction(db, () => {
    requireGroup(db, showId, productId);
    checkReorder(
      talkingPointIdsOf(db, showId, productId),
      talkingPointIds,
      'what_talking_points',
      'talkingPointIds',
    );
    const update = db.prepare('UPDATE talking_points SET position = ? WHERE id = ?');
    talkingPointIds.forEach((id, position) => update.run(position, id));
    touchShow(db, showId);
  });
  return loadShow(db, showId);
}
