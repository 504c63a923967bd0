import type { Language } from '../model/lineup';
import type { LiveProduct } from '../model/live';
import type { OnAirPoint, TextPart } from '../model/onair';
import { fillParts, joinParts } from './fill-text';
import { figuresOf, liveValues } from './live-values';

/** A talking point with its live values filled in, as a screen shows it. */
export interface FilledPoint {
  partsHost: TextPart[];
  partsAudience: TextPart[];
  textHost: string;
  textAudience: string;
  /**
   * The product the point speaks of is sold out: its sentence may no longer be true ("just 0
   * left"), so it is not shown as the current point.
   */
  soldOut: boolean;
}

/**
 * Fills `template` with the live values of `product` (the live row of the point's `valuesSku`),
 * in `language`; text without placeholders is returned as it is.
 */
export function fillTemplate(
  template: string,
  product: LiveProduct | undefined,
  language: Language,
): TextPart[] {
  if (!template.includes('{')) return template === '' ? [] : [{ text: template, value: null }];
  return fillParts(template, liveValues(figuresOf(product), language));
}

/**
 * Whether a talking point speaks of a sold-out product: `product` (the live row of its
 * `valuesSku`) has no stock left, and the point is that product's own or fills its live values
 * (a show point without any, "Welcome!", stays true whatever sells out).
 */
export function speaksOfSoldOut(
  productId: number | null,
  templates: readonly string[],
  product: LiveProduct | undefined,
): boolean {
  if (product?.stock !== 0) return false;
  return productId !== null || templates.some((template) => template.includes('{'));
}

/** The point filled from `product`, the live row its `valuesSku` names (undefined: not known). */
export function fillPoint(
  point: OnAirPoint,
  product: LiveProduct | undefined,
  languages: { host: Language; audience: Language },
): FilledPoint {
  const partsHost = fillTemplate(point.templateHost, product, languages.host);
  const partsAudience = fillTemplate(point.templateAudience, product, languages.audience);
  return {
    partsHost,
    partsAudience,
    textHost: joinParts(partsHost),
    textAudience: joinParts(partsAudience),
    soldOut: speaksOfSoldOut(
      point.productId,
      [point.templateHost, point.templateAudience],
      product,
    ),
  };
}
