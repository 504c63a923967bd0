import { useMemo } from 'react';
import type { RunResults } from '../../../shared/model/review';
import { productColor } from './logic/chart-colors';
import type { ProductLabel } from './logic/marker-text';
import type { ProductNamer } from '../../../shared/model/product-names';

export interface ProductLabels {
  labels: ReadonlyMap<string, ProductLabel>;
  colorOf: (sku: string) => string;
  nameOf: (sku: string) => string;
}

/**
 * Names (in the UI language, by `nameOf`), currencies and chart colours of a run's products
 * (colours in lineup order).
 */
export function useProductLabels(results: RunResults, nameOf: ProductNamer): ProductLabels {
  const { products } = results;
  return useMemo(() => {
    const labels = new Map(
      products.map((product) => [
        product.sku,
        { name: nameOf(product.sku, product.name), currency: product.currency },
      ]),
    );
    const colors = new Map(products.map((product, index) => [product.sku, productColor(index)]));
    return {
      labels,
      colorOf: (sku) => colors.get(sku) ?? productColor(colors.size),
      nameOf: (sku) => labels.get(sku)?.name ?? sku,
    };
  }, [products, nameOf]);
}
