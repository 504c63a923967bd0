import type { Buy, BuyAck, BuyRefusal } from '../shared/protocol';

/** What a crowd buys and when it stops, whichever way its buys reach the sale server. */
export interface CrowdPlan {
  /** SKUs to buy, taken in turn. */
  skus: string[];
  /** Orders per second over all clients; Infinity: each client keeps `window` orders in flight. */
  rate: number;
  /** Stop sending after this many seconds. */
  seconds?: number;
  /** Stop sending after this many orders. */
  orders?: number;
  /** Units per order (default 1). */
  qty?: number;
  /** Orders in flight per client at full speed (default 64). */
  window?: number;
  /** Stop once every SKU was refused as sold out. */
  stopWhenSoldOut?: boolean;
  /** Prefix of buyer ids (default "viewer"). */
  buyerPrefix?: string;
  signal?: AbortSignal;
  /**
   * At a set rate, send each client's buys of a pacing tick in one `buys` message (the reference
   * sale server's; one websocket write a client a tick instead of one a buy). Default: one `buy`
   * each.
   */
  batch?: boolean;
}

/**
 * One viewer connection of a crowd: it hands buys to the sale server and answers each with its
 * acknowledgement, or null when none came (in time, or valid).
 */
export interface CrowdClient {
  buy(buy: Buy, answer: (ack: BuyAck | null) => void): void;
  /** The buys of one pacing tick, answered in their order. */
  buys(buys: Buy[], answer: (acks: (BuyAck | null)[]) => void): void;
}

export interface CrowdSummary {
  sent: number;
  /** Orders sold (acknowledged as sold). */
  sold: number;
  unitsSold: number;
  refusedSoldOut: number;
  refused: Partial<Record<BuyRefusal, number>>;
  /** Orders without a valid ack in time (outcome unknown to the crowd). */
  failed: number;
  durationMs: number;
  /** Comments sent. */
  comments: number;
}

const PACE_MS = 5;

/** Throws unless the plan has a SKU to buy and a way to know when to stop. */
export function checkPlan(plan: CrowdPlan): void {
  if (plan.skus.length === 0) throw new Error('the crowd needs at least one SKU');
  if (plan.seconds === undefined && plan.orders === undefined && !plan.stopWhenSoldOut) {
    throw new Error('the crowd needs seconds, orders or stopWhenSoldOut to know when to stop');
  }
}

/**
 * Paces a crowd's orders over its clients, taken in turn, at the plan's rate (in ticks of 5 ms) or
 * as fast as they are answered, and counts the outcomes. Resolves once every sent order is
 * answered.
 */
export function runCrowdOn(clients: CrowdClient[], plan: CrowdPlan): Promise<CrowdSummary> {
  checkPlan(plan);
  if (clients.length === 0) throw new Error('the crowd needs at least one client');
  return new CrowdRun(plan, clients).run();
}

class CrowdRun {
  private readonly summary: CrowdSummary = {
    sent: 0,
    sold: 0,
    unitsSold: 0,
    refusedSoldOut: 0,
    refused: {},
    failed: 0,
    durationMs: 0,
    comments: 0,
  };
  private readonly soldOut = new Set<string>();
  private readonly start = performance.now();
  private readonly deadline: number;
  private readonly maxOrders: number;
  private readonly qty: number;
  private inFlight = 0;
  private stopped = false;
  private nextSku = 0;
  private nextClient = 0;
  private pacer: NodeJS.Timeout | null = null;
  private finish: () => void = () => undefined;

  constructor(
    private readonly options: CrowdPlan,
    private readonly clients: CrowdClient[],
  ) {
    this.deadline = options.seconds === undefined ? Infinity : this.start + options.seconds * 1000;
    this.maxOrders = options.orders ?? Infinity;
    this.qty = options.qty ?? 1;
  }

  run(): Promise<CrowdSummary> {
    const done = new Promise<void>((resolve) => {
      this.finish = resolve;
    });
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (Number.isFinite(this.options.rate)) {
      this.pacer = setInterval(() => this.pace(), PACE_MS);
      this.pace();
    } else {
      const window = Math.max(1, this.options.window ?? 64);
      for (const client of this.clients) {
        for (let i = 0; i < window && this.canSend(); i++) this.send(client);
      }
    }
    this.settleIfDone();
    return done.then(() => {
      this.summary.durationMs = performance.now() - this.start;
      return this.summary;
    });
  }

  private pace(): void {
    if (!this.canSend()) {
      this.stop();
      return;
    }
    const elapsed = performance.now() - this.start;
    const due = Math.min(this.maxOrders, Math.floor((elapsed * this.options.rate) / 1000));
    const batches = this.options.batch ? this.clients.map((): Buy[] => []) : null;
    while (this.summary.sent < due && this.canSend()) {
      if (batches) batches[this.nextClient].push(this.nextBuy());
      else this.send(this.clients[this.nextClient]);
      this.nextClient = (this.nextClient + 1) % this.clients.length;
    }
    batches?.forEach((buys, client) => {
      if (buys.length > 0) this.sendBatch(this.clients[client], buys);
    });
  }

  private canSend(): boolean {
    if (this.stopped || this.options.signal?.aborted) return false;
    if (this.summary.sent >= this.maxOrders || performance.now() >= this.deadline) return false;
    return !(this.options.stopWhenSoldOut && this.soldOut.size >= this.options.skus.length);
  }

  /** The next order, counted as sent and in flight. */
  private nextBuy(): Buy {
    const skus = this.options.skus;
    const sku = skus[this.nextSku];
    this.nextSku = (this.nextSku + 1) % skus.length;
    this.summary.sent += 1;
    this.inFlight += 1;
    return {
      sku,
      qty: this.qty,
      buyerId: `${this.options.buyerPrefix ?? 'viewer'}-${this.summary.sent}`,
    };
  }

  private send(client: CrowdClient): void {
    const buy = this.nextBuy();
    client.buy(buy, (ack) => {
      this.inFlight -= 1;
      this.record(buy.sku, ack);
      if (!Number.isFinite(this.options.rate) && this.canSend()) this.send(client);
      this.settleIfDone();
    });
  }

  private sendBatch(client: CrowdClient, buys: Buy[]): void {
    client.buys(buys, (acks) => {
      this.inFlight -= buys.length;
      buys.forEach((buy, index) => this.record(buy.sku, acks[index]));
      this.settleIfDone();
    });
  }

  private record(sku: string, ack: BuyAck | null): void {
    if (ack === null) {
      this.summary.failed += 1;
      return;
    }
    if (ack.status === 'sold') {
      this.summary.sold += 1;
      this.summary.unitsSold += this.qty;
      return;
    }
    const reason = ack.reason;
    this.summary.refused[reason] = (this.summary.refused[reason] ?? 0) + 1;
    if (reason === 'sold_out') {
      this.summary.refusedSoldOut += 1;
      this.soldOut.add(sku);
    }
  }

  private stop(): void {
    this.stopped = true;
    if (this.pacer !== null) clearInterval(this.pacer);
    this.pacer = null;
    this.settleIfDone();
  }

  private settleIfDone(): void {
    if (!this.canSend() && this.pacer !== null) this.stop();
    if (this.inFlight === 0 && !this.canSend()) this.finish();
  }
}
