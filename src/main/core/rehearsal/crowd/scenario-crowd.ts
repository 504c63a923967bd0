import type { CrowdOrder, CrowdSource, CrowdStep, MarketView } from './market';
import { MAX_ORDER_QTY } from './market';

/** One second of a past run's demand for one product. */
export interface DemandSecond {
  /** Seconds since the past show went live. */
  second: number;
  sku: string;
  orders: number;
  units: number;
}

/** A past run's demand: orders per product per second, and its audience over time. */
export interface ScenarioDemand {
  runId: number;
  /** Sorted by second. */
  seconds: DemandSecond[];
  /** Audience reports, sorted by second. */
  viewers: { second: number; count: number }[];
  lengthMs: number;
}

/**
 * Replays a past run's demand as the crowd: in each step, the orders that run had in the same
 * seconds of its show, product by product (SKUs the lineup lacks are left out), while the show is
 * live and the product has stock. The server decides again what sells.
 */
export class ScenarioCrowd implements CrowdSource {
  private nextSecond = 0;
  private nextViewers = 0;
  private viewers = 0;

  constructor(private readonly demand: ScenarioDemand) {}

  step(simulatedMs: number, dtMs: number, market: MarketView): CrowdStep {
    const end = simulatedMs + dtMs;
    const { seconds, viewers } = this.demand;
    while (this.nextViewers < viewers.length && viewers[this.nextViewers].second * 1000 < end) {
      this.viewers = viewers[this.nextViewers].count;
      this.nextViewers += 1;
    }
    const due: DemandSecond[] = [];
    while (this.nextSecond < seconds.length && seconds[this.nextSecond].second * 1000 < end) {
      due.push(seconds[this.nextSecond]);
      this.nextSecond += 1;
    }
    const open = new Set(
      market.live ? market.products.filter((p) => p.stock > 0).map((p) => p.sku) : [],
    );
    return { viewers: this.viewers, orders: interleave(due.filter((d) => open.has(d.sku))) };
  }
}

/** The orders of each product, taken in turn so products mix as they did. */
function interleave(due: readonly DemandSecond[]): CrowdOrder[] {
  const queues = due.map(splitOrders);
  const total = queues.reduce((sum, queue) => sum + queue.length, 0);
  const orders: CrowdOrder[] = [];
  for (let round = 0; orders.length < total; round++) {
    for (const queue of queues) if (round < queue.length) orders.push(queue[round]);
  }
  return orders;
}

/** `units` over `orders` orders, as even as whole units allow. */
function splitOrders(demand: DemandSecond): CrowdOrder[] {
  const count = Math.max(1, demand.orders);
  const base = Math.floor(demand.units / count);
  const extra = demand.units % count;
  return Array.from({ length: count }, (_, index) => ({
    sku: demand.sku,
    qty: Math.min(MAX_ORDER_QTY, Math.max(1, base + (index < extra ? 1 : 0))),
  }));
}
