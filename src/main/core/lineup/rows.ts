import type {
  Language,
  Product,
  Show,
  ShowSummary,
  TalkingPoint,
} from '../../../shared/model/lineup';
import type { Currency } from '../../../shared/model/lineup';

/** Rows as SQLite returns them, and their mapping to the shared model. */
export interface ShowRow {
  id: number;
  name: string;
  host_language: Language;
  audience_language: Language;
  created_at: string;
  updated_at: string;
}

export interface ProductRow {
  id: number;
  show_id: number;
  position: number;
  sku: string;
  name_host: string;
  name_audience: string;
  price_minor: number;
  currency: Currency;
  opening_stock: number;
  low_stock_threshold: number;
  image_path: string | null;
}

export interface TalkingPointRow {
  id: number;
  show_id: number;
  product_id: number | null;
  position: number;
  text_host: string;
  text_audience: string;
  planned_seconds: number;
}

export function toShowSummary(row: ShowRow, productCount: number): ShowSummary {
  return {
    id: row.id,
    name: row.name,
    hostLanguage: row.host_language,
    audienceLanguage: row.audience_language,
    productCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toTalkingPoint(row: TalkingPointRow): TalkingPoint {
  return {
    id: row.id,
    productId: row.product_id,
    position: row.position,
    textHost: row.text_host,
    textAudience: row.text_audience,
    plannedSeconds: row.planned_seconds,
  };
}

export function toProduct(row: ProductRow, talkingPoints: TalkingPoint[]): Product {
  return {
    id: row.id,
    showId: row.show_id,
    position: row.position,
    sku: row.sku,
    nameHost: row.name_host,
    nameAudience: row.name_audience,
    priceMinor: row.price_minor,
    currency: row.currency,
    openingStock: row.opening_stock,
    lowStockThreshold: row.low_stock_threshold,
    imagePath: row.image_path,
    talkingPoints,
  };
}

export function toShow(
  row: ShowRow,
  productRows: ProductRow[],
  pointRows: TalkingPointRow[],
): Show {
  const pointsByProduct = new Map<number | null, TalkingPoint[]>();
  for (const pointRow of pointRows) {
    const list = pointsByProduct.get(pointRow.product_id) ?? [];
    list.push(toTalkingPoint(pointRow));
    pointsByProduct.set(pointRow.product_id, list);
  }
  return {
    ...toShowSummary(row, productRows.length),
    products: productRows.map((product) =>
      toProduct(product, pointsByProduct.get(product.id) ?? []),
    ),
    talkingPoints: pointsByProduct.get(null) ?? [],
  };
}
