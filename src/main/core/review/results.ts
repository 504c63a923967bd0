import type { Currency } from '../../../shared/model/lineup';
import type {
  ProductResult,
  Revenue,
  RunResults,
  RunSummary,
  UnmetDemand,
} from '../../../shared/model/review';
import type { Db } from '../store/database';
import { unmetBySku } from './audience-review';
import { logCoverage } from '../sync/history-store';
import type { ProductFacts } from './marker-scan';
import { skuLast, skuPeaks, skuTotals, type SkuLast, type SkuTotals } from './rollup-queries';
import { clockSecondsOf, type RunIndex } from './run-index';
import { clockPeaks } from './show-sales';

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

/** Products ordered only, never uploaded or seen in a snapshot (a log cut short). */
function unseenProduct(sku: string, position: number): ProductFacts {
  return {
    sku,
    name: sku,
    currency: 'CNY',
    position,
    priceMinor: 0,
    openingStock: 0,
    restockedUnits: 0,
    stock: 0,
    sold: 0,
    seq: 0,
    stockZeroAt: null,
  };
}

function productResult(
  facts: ProductFacts,
  totals: SkuTotals | undefined,
  last: SkuLast | undefined,
  peak: Peak | undefined,
  unmet: UnmetDemand | undefined,
  index: RunIndex,
): ProductResult {
  const orderIsLater = last !== undefined && last.lastSeq > facts.seq;
  const finalStock = orderIsLater ? last.lastStock : facts.stock;
  const unitsSold = orderIsLater ? last.lastSold : facts.sold;
  const loggedUnits = totals?.units ?? 0;
  const pins = index.pins.filter((pin) => pin.sku === facts.sku);
  const firstPinnedAt = pins[0]?.from ?? null;
  const soldOutWall = minOf(totals?.soldOutAt ?? null, facts.stockZeroAt);
  const soldOutAt = soldOutWall === null ? null : index.time.fromWall(soldOutWall);
  const available = unitsSold + finalStock;
  const pinnedUnits = totals?.pinnedUnits ?? 0;
  return {
    sku: facts.sku,
    name: facts.name,
    currency: facts.currency,
    position: facts.position,
    openingStock: facts.openingStock,
    restockedUnits: facts.restockedUnits,
    finalStock,
    unitsSold,
    orders: totals?.orders ?? 0,
    loggedUnits,
    unitsNotInLog: Math.max(0, unitsSold - loggedUnits),
    sellThrough: available === 0 ? null : unitsSold / available,
    revenueMinor: totals?.revenue ?? 0,
    revenueComplete: unitsSold <= loggedUnits,
    finalPriceMinor: facts.priceMinor,
    soldOutAt,
    firstPinnedAt,
    pinToSoldOutMs:
      soldOutAt !== null && firstPinnedAt !== null && soldOutAt >= firstPinnedAt
        ? soldOutAt - firstPinnedAt
        : null,
    peakUnitsPerSecond: peak?.peak ?? 0,
    peakSecondAt: peak?.at ?? null,
    pinnedMs: pins.reduce((sum, pin) => sum + (pin.to - pin.from), 0),
    unitsWhilePinned: pinnedUnits,
    unitsWhileNotPinned: loggedUnits - pinnedUnits,
    unmet: unmet ?? { attempts: 0, units: 0 },
  };
}

interface Peak {
  peak: number;
  /** Start of the busiest second, on the review clock. */
  at: number;
}

/** Each SKU's busiest second: of the wall clock from the rollup, or of show time. */
function peaksOf(db: Db, index: RunIndex): Map<string, Peak> {
  const { clock } = index.time;
  if (clock.base === 'show') return clockPeaks(clockSecondsOf(db, index), clock.zeroAt);
  return new Map(
    skuPeaks(db, index.runId).map((row) => [row.sku, { peak: row.peak, at: row.second * 1000 }]),
  );
}

/** Sums revenue per currency, in order of first appearance. */
export function revenueByCurrency(
  items: readonly { currency: Currency; revenueMinor: number }[],
): Revenue[] {
  const sums = new Map<Currency, number>();
  for (const item of items) {
    sums.set(item.currency, (sums.get(item.currency) ?? 0) + item.revenueMinor);
  }
  return [...sums].map(([currency, minor]) => ({ currency, minor }));
}

/** The run's products as its results list them: those its entries show, then those only ordered. */
function productFactsOf(index: RunIndex, totals: ReadonlyMap<string, SkuTotals>): ProductFacts[] {
  const facts = [...index.facts.products];
  for (const sku of totals.keys()) {
    if (!facts.some((product) => product.sku === sku)) {
      facts.push(unseenProduct(sku, facts.length));
    }
  }
  return facts;
}

/**
 * The run's products as computeResults names them and its order count, without the other
 * figures (peaks, last sales, unmet demand: a per-second read of a rehearsal's orders), for the
 * CSV export.
 */
export function runProducts(
  db: Db,
  run: RunSummary,
  index: RunIndex,
): { products: Pick<ProductFacts, 'sku' | 'name' | 'currency'>[]; orders: number } {
  const totals = new Map(skuTotals(db, run.id).map((row) => [row.sku, row]));
  const orders = [...totals.values()].reduce((sum, row) => sum + row.orders, 0);
  return { products: productFactsOf(index, totals), orders };
}

/**
 * Per-product results of a run, from its run log only: the rollup of its orders (kept by the
 * database from every order entry) and its other entries (uploads, snapshots, restocks, pins).
 * Times and durations are on the run's review clock (show time for a rehearsal).
 */
export function computeResults(db: Db, run: RunSummary, index: RunIndex): RunResults {
  const totals = new Map(skuTotals(db, run.id).map((row) => [row.sku, row]));
  const lasts = new Map(skuLast(db, run.id).map((row) => [row.sku, row]));
  const peaks = peaksOf(db, index);
  const unmet = unmetBySku(db, run.id);
  const products = productFactsOf(index, totals).map((product) =>
    productResult(
      product,
      totals.get(product.sku),
      lasts.get(product.sku),
      peaks.get(product.sku),
      unmet.get(product.sku),
      index,
    ),
  );
  return {
    run,
    clock: index.time.clock,
    from: index.clockFrom,
    to: index.clockTo,
    products,
    totals: {
      orders: products.reduce((sum, p) => sum + p.orders, 0),
      unitsSold: products.reduce((sum, p) => sum + p.unitsSold, 0),
      revenue: revenueByCurrency(products),
    },
    protocolErrors: index.facts.protocolErrors,
    linkDrops: index.facts.linkDrops,
    logMissing: logCoverage(db, run.id).missing,
  };
}
