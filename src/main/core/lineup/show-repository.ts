import type { Language, Show, ShowSummary } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import { insertProduct } from './product-repository';
import { toShowSummary, type ShowRow } from './rows';
import { loadShow, nowIso, requireShowRow } from './show-queries';
import { insertTalkingPoint } from './talking-point-repository';

export interface NewShow {
  name: string;
  hostLanguage: Language;
  audienceLanguage: Language;
}

/** Shows, most recently edited first. */
export function listShows(db: Db): ShowSummary[] {
  const rows = db
    .prepare(
      `SELECT shows.*, (SELECT COUNT(*) FROM products WHERE products.show_id = shows.id) AS product_count
       FROM shows ORDER BY updated_at DESC, id DESC`,
    )
    .all() as (ShowRow & { product_count: number })[];
  return rows.map((row) => toShowSummary(row, row.product_count));
}

export function getShow(db: Db, showId: number): Show {
  return loadShow(db, showId);
}

/** Inserts a show row; callers run it inside their transaction. */
export function insertShow(db: Db, show: NewShow): number {
  const now = nowIso();
  const result = db
    .prepare(
      `INSERT INTO shows (name, host_language, audience_language, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .run(show.name, show.hostLanguage, show.audienceLanguage, now, now);
  return Number(result.lastInsertRowid);
}

export function createShow(db: Db, show: NewShow): Show {
  const showId = inTransaction(db, () => insertShow(db, show));
  return loadShow(db, showId);
}

export function renameShow(db: Db, showId: number, name: string): Show {
  inTransaction(db, () => {
    requireShowRow(db, showId);
    db.prepare('UPDATE shows SET name = ?, updated_at = ? WHERE id = ?').run(
      name,
      nowIso(),
      showId,
    );
  });
  return loadShow(db, showId);
}

/** Copies the show with all its products and talking points, in the same order, under a new name. */
export function duplicateShow(db: Db, showId: number, name: string): Show {
  const copyId = inTransaction(db, () => {
    const source = loadShow(db, showId);
    const newId = insertShow(db, {
      name,
      hostLanguage: source.hostLanguage,
      audienceLanguage: source.audienceLanguage,
    });
    for (const product of source.products) {
      const newProductId = insertProduct(db, newId, product, product.position);
      for (const point of product.talkingPoints) {
        insertTalkingPoint(db, newId, newProductId, point, point.position);
      }
    }
    for (const point of source.talkingPoints) {
      insertTalkingPoint(db, newId, null, point, point.position);
    }
    return newId;
  });
  return loadShow(db, copyId);
}

/** Deletes the show; its products, talking points and runs go with it (ON DELETE CASCADE). */
export function deleteShow(db: Db, showId: number): { deleted: number } {
  inTransaction(db, () => {
    requireShowRow(db, showId);
    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
  });
  return { deleted: showId };
}
