import type { Show } from '../../../shared/model/lineup';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../store/database';
import { toShow, type ProductRow, type ShowRow, type TalkingPointRow } from './rows';

/** Reads shared by every lineup repository. */
export function requireShowRow(db: Db, showId: number): ShowRow {
  const row = db.prepare('SELECT * FROM shows WHERE id = ?').get(showId) as ShowRow | undefined;
  if (!row) throw new ApiError('not_found', coreText('show_missing', { id: showId }));
  return row;
}

export function requireProductRow(db: Db, productId: number): ProductRow {
  const row = db.prepare('SELECT * FROM products WHERE id = ?').get(productId) as
    ProductRow | undefined;
  if (!row) throw new ApiError('not_found', coreText('product_missing', { id: productId }));
  return row;
}

export function requireTalkingPointRow(db: Db, talkingPointId: number): TalkingPointRow {
  const row = db.prepare('SELECT * FROM talking_points WHERE id = ?').get(talkingPointId) as
    TalkingPointRow | undefined;
  if (!row) {
    throw new ApiError('not_found', coreText('talking_point_missing', { id: talkingPointId }));
  }
  return row;
}

export function loadShow(db: Db, showId: number): Show {
  const row = requireShowRow(db, showId);
  const products = db
    .prepare('SELECT * FROM products WHERE show_id = ? ORDER BY position, id')
    .all(showId) as ProductRow[];
  const points = db
    .prepare('SELECT * FROM talking_points WHERE show_id = ? ORDER BY position, id')
    .all(showId) as TalkingPointRow[];
  return toShow(row, products, points);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Marks the show as edited now; every lineup write calls it inside its transaction. */
export function touchShow(db: Db, showId: number): void {
  db.prepare('UPDATE shows SET updated_at = ? WHERE id = ?').run(nowIso(), showId);
}
