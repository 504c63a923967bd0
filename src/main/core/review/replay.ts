import type { ReplayProduct, ReplayState } from '../../../shared/model/review';
import type { Db } from '../store/database';
import { ordersBetween } from './order-entries';
import { secondsBefore, secondsOf, sumsBefore } from './rollup-queries';
import type { RunIndex } from './run-index';
import type { FoldProduct, ShowFold } from './show-fold';

/** How many entries have a time at or before `at` (times are non-decreasing). */
export function entriesUpTo(times: readonly number[], at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle] <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The fold of every entry other than an order up to `at`, from the nearest checkpoint. */
export function foldAt(index: RunIndex, at: number): ShowFold {
  const count = entriesUpTo(index.times, at);
  let checkpoint = index.checkpoints[0];
  for (const candidate of index.checkpoints) {
    if (candidate.index <= count) checkpoint = candidate;
  }
  const fold = checkpoint.fold.clone();
  for (let i = checkpoint.index; i < count; i++) fold.apply(index.entries[i]);
  return fold;
}

interface OrderState {
  seq: number;
  stock: number;
  sold: number;
  units: number;
  revenue: number;
}

/**
 * A product's orders up to `at`: the rollup gives whole seconds before it, and the orders of
 * `at`'s own second are read from the log, so the answer is exact to the millisecond.
 */
export function ordersUpTo(db: Db, runId: number, sku: string, at: number): OrderState | null {
  const second = Math.floor(at / 1000);
  const sums = sumsBefore(db, runId, sku, second);
  const current = secondsOf(db, runId, sku, second, second);
  const orders =
    current.length === 0
      ? []
      : ordersBetween(
          db,
          runId,
          Math.min(...current.map((row) => row.firstSeq)),
          Math.max(...current.map((row) => row.lastSeq)),
          sku,
        ).filter((order) => order.at <= at);
  const units = orders.reduce((sum, order) => sum + order.qty, sums.units);
  const revenue = orders.reduce((sum, order) => sum + order.qty * order.priceMinor, sums.revenue);
  const lastOrder = orders.at(-1);
  if (lastOrder) {
    return { seq: lastOrder.seq, stock: lastOrder.stock, sold: lastOrder.sold, units, revenue };
  }
  const before = secondsBefore(db, runId, sku, second);
  if (before.length === 0) return null;
  const last = before.reduce((a, b) => (b.lastSeq > a.lastSeq ? b : a));
  return { seq: last.lastSeq, stock: last.lastStock, sold: last.lastSold, units, revenue };
}

function replayProduct(
  product: FoldProduct,
  orders: OrderState | null,
  pinnedSku: string | null,
): ReplayProduct {
  const orderIsLater = orders !== null && orders.seq > product.seq;
  return {
    sku: product.sku,
    name: product.name,
    currency: product.currency,
    priceMinor: product.priceMinor,
    stock: orderIsLater ? orders.stock : product.stock,
    sold: orderIsLater ? orders.sold : product.sold,
    revenueMinor: orders?.revenue ?? 0,
    pinned: pinnedSku === product.sku,
    flashSale: product.flashSale ? { ...product.flashSale } : null,
  };
}

/** Each product as it was at wall-clock `at` (stock, sold, price, revenue, pin, flash sale). */
export function productsAt(db: Db, index: RunIndex, at: number, fold: ShowFold): ReplayProduct[] {
  return [...fold.products.values()]
    .sort((a, b) => a.position - b.position)
    .map((product) =>
      replayProduct(product, ordersUpTo(db, index.runId, product.sku, at), fold.pin.sku),
    );
}

/**
 * The console as it was at `at` on the run's review clock: stock, sold, prices, pin, talking
 * point and link. In show time, a moment the rehearsal was paused at counts all done during the
 * pause; its times (a timed pin's end, a flash sale's end) are on the review clock too.
 */
export function stateAt(db: Db, index: RunIndex, at: number): ReplayState {
  const { time } = index;
  const wanted = time.toWall(at, 'last');
  const wall = Number.isFinite(wanted) ? wanted : wanted < 0 ? index.from - 1 : index.to;
  const fold = foldAt(index, wall);
  const onClock = (moment: number) => time.fromWall(moment);
  const products = productsAt(db, index, wall, fold).map((product) =>
    product.flashSale
      ? {
          ...product,
          flashSale: { ...product.flashSale, endsAt: onClock(product.flashSale.endsAt) },
        }
      : product,
  );
  return {
    runId: index.runId,
    clock: time.clock,
    at,
    showState: fold.showState,
    pin: { sku: fold.pin.sku, until: fold.pin.until === null ? null : onClock(fold.pin.until) },
    viewers: fold.viewers,
    link: { ...fold.link },
    talkingPoint: fold.talkingPoint ? { ...fold.talkingPoint } : null,
    products,
  };
}
