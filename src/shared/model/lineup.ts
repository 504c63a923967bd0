import { z } from 'zod';
import { coreText } from '../api/core-text';
import { CURRENCIES, LANGUAGES } from './lineup-values';
import { SUPPORTED_PLACEHOLDERS, unknownPlaceholders } from './placeholders';

/** Currency codes the lineup accepts (ISO 4217). */
export const Currency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof Currency>;

/** A price in minor units (fen for CNY) so that money is never a float. */
export const PriceMinor = z.number().int().min(0).max(100_000_000);

/** The longest SKU; the messages of the schemas below are codes of CORE_TEXT_EN. */
export const SKU_MAX_LENGTH = 40;
/** The characters of a SKU: a letter or digit, then letters, digits, dot, dash, underscore. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const Sku = z
  .string()
  .trim()
  .min(1, 'sku_empty')
  .max(SKU_MAX_LENGTH, 'sku_too_long')
  .regex(SKU_PATTERN, 'sku_characters');

const Text = (max: number) => z.string().trim().max(max);

/** A product's fields, each checked on its own. */
export const ProductFields = z.object({
  sku: Sku,
  nameHost: Text(120).min(1, 'name_host_empty'),
  nameAudience: Text(120).min(1, 'name_audience_empty'),
  priceMinor: PriceMinor,
  currency: Currency,
  openingStock: z.number().int().min(0).max(100_000_000),
  lowStockThreshold: z.number().int().min(0).max(100_000_000),
  imagePath: Text(1024).nullable(),
});

/** A product: its fields, and a low-stock alert no higher than the opening stock. */
export const ProductInput = ProductFields.refine(
  (product) => product.lowStockThreshold <= product.openingStock,
  { message: 'low_stock_above_opening', path: ['lowStockThreshold'] },
);
export type ProductInput = z.infer<typeof ProductInput>;

/** A talking point's text: only live values in braces ({left}), each unknown one refused. */
const PointText = Text(2000).superRefine((text, context) => {
  for (const placeholder of unknownPlaceholders(text)) {
    context.addIssue({
      code: 'custom',
      message: 'unknown_placeholder',
      params: {
        text: coreText('unknown_placeholder', {
          placeholder: `{${placeholder}}`,
          supported: SUPPORTED_PLACEHOLDERS,
        }),
      },
    });
  }
});

export const TalkingPointInput = z.object({
  textHost: PointText.min(1, 'talking_point_empty'),
  textAudience: PointText,
  plannedSeconds: z.number().int().min(0).max(3600),
});
export type TalkingPointInput = z.infer<typeof TalkingPointInput>;

export const ShowName = Text(120).min(1, 'show_name_empty');

export const Language = z.enum(LANGUAGES);
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
