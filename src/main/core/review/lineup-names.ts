import type { NamingLineup } from '../../../shared/model/product-names';
import type { Db } from '../store/database';
import type { ProductRow, ShowRow } from '../lineup/rows';

/**
 * The show's languages and its lineup's names in both, to name a run's products as the lineup
 * has them; undefined when the show is gone (its products then keep the sale server's names).
 */
export function namingLineup(db: Db, showId: number): NamingLineup | undefined {
  const show = db
    .prepare('SELECT host_language, audience_language FROM shows WHERE id = ?')
    .get(showId) as Pick<ShowRow, 'host_language' | 'audience_language'> | undefined;
  if (!show) return undefined;
  const products = db
    .prepare('SELECT sku, name_host, name_audience FROM products WHERE show_id = ?')
    .all(showId) as Pick<ProductRow, 'sku' | 'name_host' | 'name_audience'>[];
  return {
    hostLanguage: show.host_language,
    audienceLanguage: show.audience_language,
    products: products.map((row) => ({
      sku: row.sku,
      nameHost: row.name_host,
      nameAudience: row.name_audience,
    })),
  };
}
