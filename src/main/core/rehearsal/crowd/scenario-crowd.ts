import type { CommentReport } from '../../../../shared/protocol';
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

/** A past run's comment as a viewer wrote it, and when (ms since the past show went live). */
export interface ScenarioComment {
  ms: number;
  comment: CommentReport;
}

/** A past run's demand: orders per product per second, and its audience over time. */
export interface ScenarioDemand {
  runId: number;
  /** Sorted by second. */
  seconds: DemandSecond[];
  /**
   * Attempts the past run's server refused as unmet demand (sold out, over a flash cap) per
   * product per second, sorted by second: `orders` attempts asking for `units`.
   */
  refused: DemandSecond[];
  /** Audience reports, sorted by second. */
  viewers: { second: number; count: number }[];
  /** The comments the past run kept, sorted by time. */
  comments: ScenarioComment[];
  /**
   * From each minute's start (seconds since going live), the past run's comments a second that
   * it counted but did not keep: written anew from the rehearsal's seed. Sorted by second.
   */
  otherComments: { second: number; perSecond: number }[];
  lengthMs: number;
}

/**
 * Replays a past run's demand as the crowd: in each step, the orders that run had in the same
 * seconds of its show, product by product (SKUs the lineup lacks are left out), while the show is
 * live and the product has stock; the attempts its server refused (sold out, over a flash cap),
 * while the show is live, stock or none; and the comments it kept, as written. The server
 * decides again what sells.
 */
export class ScenarioCrowd implements CrowdSource {
  private nextSecond = 0;
  private nextRefused = 0;
  private nextViewers = 0;
  private nextComment = 0;
  private nextRate = 0;
  private viewers = 0;
  private otherPerSecond = 0;

  constructor(private readonly demand: ScenarioDemand) {}

  step(simulatedMs: number, dtMs: number, market: MarketView): CrowdStep {
    const end = simulatedMs + dtMs;
    const { seconds, refused, viewers, comments, otherComments } = this.demand;
    while (this.nextViewers < viewers.length && viewers[this.nextViewers].second * 1000 < end) {
      this.viewers = viewers[this.nextViewers].count;
      this.nextViewers += 1;
    }
    while (
      this.nextRate < otherComments.length &&
      otherComments[this.nextRate].second * 1000 < end
    ) {
      this.otherPerSecond = otherComments[this.nextRate].perSecond;
      this.nextRate += 1;
    }
    const due = (list: readonly DemandSecond[], from: number) => {
      let next = from;
      while (next < list.length && list[next].second * 1000 < end) next += 1;
      return { items: list.slice(from, next), next };
    };
    const sold = due(seconds, this.nextSecond);
    this.nextSecond = sold.next;
    const denied = due(refused, this.nextRefused);
    this.nextRefused = denied.next;
    const written: CommentReport[] = [];
    while (this.nextComment < comments.length && comments[this.nextComment].ms < end) {
      written.push(comments[this.nextComment].comment);
      this.nextComment += 1;
    }
    const lineup = new Set(market.products.map((p) => p.sku));
    const open = new Set(
      market.live ? market.products.filter((p) => p.stock > 0).map((p) => p.sku) : [],
    );
    return {
      viewers: this.viewers,
      orders: [
        ...interleave(sold.items.filter((d) => open.has(d.sku))),
        ...interleave(denied.items.filter((d) => market.live && lineup.has(d.sku))),
      ],
      comments: written,
      commentsPerSecond: this.otherPerSecond,
    };
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
