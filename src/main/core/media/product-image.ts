import type { Show } from '../../../shared/model/lineup';
import { loadShow, requireProductRow, touchShow } from '../lineup/show-queries';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';

/** Records a product's picture (a stored image_path, or null for none) in one transaction. */
export function setProductImagePath(db: Db, productId: number, imagePath: string | null): Show {
  const showId = inTransaction(db, () => {
    const row = requireProductRow(db, productId);
    db.prepare('UPDATE products SET image_path = ? WHERE id = ?').run(imagePath, productId);
    touchShow(db, row.show_id);
    return row.show_id;
  });
  return loadShow(db, showId);
}
