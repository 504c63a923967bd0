import { z } from 'zod';
import type { IssueReason } from '../api/errors';
import { unknownPlaceholderMessage, unknownPlaceholders } from './placeholders';

/** Currency codes the lineup accepts (ISO 4217). */
export const Currency = z.enum(['CNY', 'USD', 'EUR', 'THB', 'MYR', 'IDR', 'VND', 'PHP', 'JPY']);
export type Currency = z.infer<typeof Currency>;

/** A price in minor units (fen for CNY) so that money is never a float. */
export const PriceMinor = z.number().int().min(0).max(100_000_000);

export const Sku = z
  .string()
  .trim()
  .min(1, 'SKU is empty')
  .max(40, 'SKU is longer than 40 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'SKU may hold only letters, digits, dot, dash, underscore',
  );

const Text = (max: number) => z.string().trim().max(max);

/** A product's fields, each checked on its own. */
export const ProductFields = z.object({
  sku: Sku,
  nameHost: Text(120).min(1, 'name (host language) is empty'),
  nameAudience: Text(120).min(1, 'name (audience language) is empty'),
  priceMinor: PriceMinor,
  currency: Currency,
  openingStock: z.number().int().min(0).max(100_000_000),
  lowStockThreshold: z.number().int().min(0).max(100_000_000),
  imagePath: Text(1024).nullable(),
});

/** A product: its fields, and a low-stock alert no higher than the opening stock. */
export const ProductInput = ProductFields.refine(
  (product) => product.lowStockThreshold <= product.openingStock,
  { message: 'low-stock alert is above the opening stock', path: ['lowStockThreshold'] },
);
export type ProductInput = z.infer<typeof ProductInput>;

/** A talking point's text: only live values in braces ({left}), each unknown one refused. */
const PointText = Text(2000).superRefine((text, context) => {
  for (const placeholder of unknownPlaceholders(text)) {
    const reason: IssueReason = { code: 'unknown_placeholder', placeholder };
    context.addIssue({
      code: 'custom',
      message: unknownPlaceholderMessage(placeholder),
      params: { reason },
    });
  }
});

export const TalkingPointInput = z.object({
  textHost: PointText.min(1, 'talking point (host language) is empty'),
  textAudience: PointText,
  plannedSeconds: z.number().int().min(0).max(3600),
});
export type TalkingPointInput = z.infer<typeof TalkingPointInput>;

export const ShowName = Text(120).min(1, 'show name is empty');

export const Language = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof Language>;

export interface TalkingPoint extends TalkingPointInput {
  id: number;
  productId: number | null;
  position: number;
}

export interface Product extends ProductInput {
  id: number;
  showId: number;
  position: number;
  talkingPoints: TalkingPoint[];
}

export interface ShowSummary {
  id: number;
  name: string;
  hostLanguage: Language;
  audienceLanguage: Language;
  productCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Show extends ShowSummary {
  products: Product[];
  /** Talking points that belong to the show rather than to one product. */
  talkingPoints: TalkingPoint[];
}

/**
 * The last element of an issue's path when `product.update` is refused because a run of the show
 * is open and the field is on the sale server (price, stock, currency, SKU): change it with the
 * live commands instead.
 */
export const LIVE_LOCKED_ISSUE = 'liveLocked';
