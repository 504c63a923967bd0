import type { Language, ProductInput } from './lineup';

/** What naming a product needs from a show: its languages and its lineup's names. */
export interface NamingLineup {
  hostLanguage: Language;
  audienceLanguage: Language;
  products: readonly Pick<ProductInput, 'sku' | 'nameHost' | 'nameAudience'>[];
}

/** A product's name for the UI, or `serverName` (the sale server's) for a SKU not in the lineup. */
export type ProductNamer = (sku: string, serverName: string) => string;

/**
 * Names products as the live console and lineup do: by the host-language name, or by the
 * audience-language name when the UI speaks the audience's language and the host's differs.
 * Without a lineup (still loading, or the show is gone) every product keeps its server name.
 */
export function productNamer(lineup: NamingLineup | undefined, language: string): ProductNamer {
  if (!lineup) return (_sku, serverName) => serverName;
  const audience = language === lineup.audienceLanguage && language !== lineup.hostLanguage;
  const names = new Map(
    lineup.products.map((product) => [
      product.sku,
      audience ? product.nameAudience : product.nameHost,
    ]),
  );
  return (sku, serverName) => names.get(sku) ?? serverName;
}
