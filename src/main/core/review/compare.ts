import type {
  CompareRow,
  ProductResult,
  ResultDiff,
  RunComparison,
  RunResults,
} from '../../../shared/model/review';

type Numeric = keyof ResultDiff;

function difference(a: ProductResult | null, b: ProductResult | null, field: Numeric) {
  const left = a?.[field] ?? null;
  const right = b?.[field] ?? null;
  return left === null || right === null ? null : right - left;
}

/**
 * Two runs side by side per product, matched by SKU (A's lineup order, then B's extra SKUs),
 * with B minus A for each figure. A sold-out time compares as time since the run's start.
 */
export function compareRuns(a: RunResults, b: RunResults): RunComparison {
  const relative = (results: RunResults) =>
    new Map(
      results.products.map((product) => [
        product.sku,
        {
          ...product,
          soldOutAt: product.soldOutAt === null ? null : product.soldOutAt - results.from,
        },
      ]),
    );
  const left = relative(a);
  const right = relative(b);
  const skus = [...new Set([...left.keys(), ...right.keys()])];
  const rows: CompareRow[] = skus.map((sku) => {
    const resultA = left.get(sku) ?? null;
    const resultB = right.get(sku) ?? null;
    const diff = (field: Numeric) => difference(resultA, resultB, field);
    return {
      sku,
      name: resultA?.name ?? resultB?.name ?? sku,
      a: a.products.find((product) => product.sku === sku) ?? null,
      b: b.products.find((product) => product.sku === sku) ?? null,
      diff: {
        unitsSold: diff('unitsSold'),
        revenueMinor: diff('revenueMinor'),
        sellThrough: diff('sellThrough'),
        soldOutAt: diff('soldOutAt'),
        pinToSoldOutMs: diff('pinToSoldOutMs'),
        peakUnitsPerSecond: diff('peakUnitsPerSecond'),
        pinnedMs: diff('pinnedMs'),
        unitsWhilePinned: diff('unitsWhilePinned'),
      },
    };
  });
  return { a: a.run, b: b.run, from: { a: a.from, b: b.from }, rows };
}
