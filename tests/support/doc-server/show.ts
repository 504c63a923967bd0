/**
 * One show of the doc server: its state, its gapless event log, and the rules of sections 4.2,
 * 7 and 10 that change it. Written from docs/protocol.md alone; nothing here comes from src/.
 */
import { DocAudience, type Moderation } from './audience';
import type {
  Ack,
  Command,
  EventBody,
  LineupItem,
  Product,
  Reason,
  RejectCode,
  ShowEvent,
  ShowState,
  Snapshot,
} from './wire';

const STOCK_LIMIT = 1_000_000_000;

type Outcome = { status: 'applied'; seq?: number } | { status: 'rejected'; reason: Reason };

export type BuyAnswer =
  | { status: 'sold'; orderId: string; priceMinor: number; seq: number }
  | { status: 'refused'; reason: 'unknown_sku' | 'show_not_live' | 'sold_out' | 'flash_cap' };

export class DocShow {
  state: ShowState;
  readonly products: Product[] = [];
  pin: { sku: string | null; until: number | null } = { sku: null, until: null };
  viewers = 0;
  /** Every event of the show, index = seq - 1. */
  readonly log: ShowEvent[] = [];
  /** Command ids with their stored outcome (business rejections included). */
  private readonly outcomes = new Map<string, Outcome>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private pinTimer: NodeJS.Timeout | null = null;
  private readonly flashTimers = new Map<string, NodeJS.Timeout>();
  private orders = 0;
  readonly audience = new DocAudience();

  constructor(
    readonly showId: string,
    lineup: readonly LineupItem[],
    state: ShowState,
    /** Called after every appended event (the server batches them). */
    private readonly onEvent: () => void,
    /** Called with the effect of every applied moderation command (section 15.3). */
    private readonly onModeration: (effect: Moderation) => void,
  ) {
    this.state = state;
    // The opening lineup as if uploaded: one `product` event each.
    for (const item of lineup) {
      const product: Product = { ...item, sold: 0, flashSale: null };
      this.products.push(product);
      this.append({ type: 'product', product: { ...product } });
    }
  }

  get seq(): number {
    return this.log.length;
  }

  snapshot(): Snapshot {
    return {
      products: this.products.map((product) => ({
        ...product,
        flashSale: product.flashSale && { ...product.flashSale },
      })),
      pin: { ...this.pin },
      viewers: this.viewers,
    };
  }

  product(sku: string): Product | undefined {
    return this.products.find((product) => product.sku === sku);
  }

  /** Applies a valid command once per id (section 7, Idempotency). */
  command(command: Command): Ack {
    const known = this.outcomes.get(command.commandId);
    if (known) {
      return known.status === 'applied'
        ? {
            commandId: command.commandId,
            status: 'duplicate',
            original: 'applied',
            ...(known.seq === undefined ? {} : { seq: known.seq }),
          }
        : {
            commandId: command.commandId,
            status: 'duplicate',
            original: 'rejected',
            reason: known.reason,
          };
    }
    const before = this.seq;
    const refusal = this.apply(command);
    const outcome: Outcome =
      refusal === null
        ? { status: 'applied', ...(this.seq > before ? { seq: this.seq } : {}) }
        : { status: 'rejected', reason: { code: refusal, message: `${command.type}: ${refusal}` } };
    this.outcomes.set(command.commandId, outcome);
    return { commandId: command.commandId, ...outcome };
  }

  /** Section 10: a viewer's order, all or nothing at one price. */
  buy(sku: string, qty: number, buyer: string): BuyAnswer {
    if (this.state !== 'live') return this.refuse(sku, 'show_not_live', qty);
    const product = this.product(sku);
    if (!product) return { status: 'refused', reason: 'unknown_sku' };
    const flash = product.flashSale;
    const refusal =
      product.stock < qty
        ? 'sold_out'
        : flash && flash.sold + qty > flash.unitCap
          ? 'flash_cap'
          : null;
    if (refusal) return this.refuse(sku, refusal, qty);
    const priceMinor = flash ? flash.priceMinor : product.priceMinor;
    product.stock -= qty;
    product.sold += qty;
    if (flash) flash.sold += qty;
    this.orders += 1;
    const orderId = `order-${this.orders}`;
    this.append({
      type: 'order',
      orderId,
      sku,
      qty,
      priceMinor,
      stock: product.stock,
      sold: product.sold,
      buyer,
    });
    const seq = this.seq;
    if (flash && flash.sold === flash.unitCap) this.endFlashSale(product, 'cap');
    return { status: 'sold', orderId, priceMinor, seq };
  }

  /** A refused attempt, counted as demand (section 15.3) when it names a product of the show. */
  private refuse(
    sku: string,
    reason: 'show_not_live' | 'sold_out' | 'flash_cap',
    qty: number,
  ): BuyAnswer {
    if (this.product(sku)) this.audience.refused(sku, reason, qty);
    return { status: 'refused', reason };
  }

  setViewers(count: number): void {
    if (count === this.viewers) return;
    this.viewers = count;
    this.append({ type: 'viewers', count });
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Returns the business rejection, or null once applied. */
  private apply(command: Command): RejectCode | null {
    if (this.state === 'ended') return 'show_ended';
    switch (command.type) {
      case 'pin': {
        if (!this.product(command.sku)) return 'unknown_sku';
        const until = command.seconds === undefined ? null : Date.now() + command.seconds * 1000;
        this.setPin(command.sku, until);
        if (command.seconds !== undefined) {
          this.pinTimer = this.after(command.seconds * 1000, () => this.setPin(null, null));
        }
        return null;
      }
      case 'unpin':
        this.setPin(null, null);
        return null;
      case 'restock': {
        const product = this.product(command.sku);
        if (!product) return 'unknown_sku';
        if (product.stock + command.units > STOCK_LIMIT) return 'stock_limit';
        product.stock += command.units;
        this.append({ type: 'stock', sku: product.sku, stock: product.stock, sold: product.sold });
        return null;
      }
      case 'setPrice': {
        const product = this.product(command.sku);
        if (!product) return 'unknown_sku';
        product.priceMinor = command.priceMinor;
        this.append({ type: 'price', sku: product.sku, priceMinor: product.priceMinor });
        return null;
      }
      case 'flashSale': {
        if (this.state !== 'live') return 'show_not_live';
        const product = this.product(command.sku);
        if (!product) return 'unknown_sku';
        if (product.flashSale) return 'flash_sale_active';
        if (product.stock === 0) return 'sold_out';
        const endsAt = Date.now() + command.seconds * 1000;
        const { priceMinor, unitCap } = command;
        product.flashSale = { priceMinor, unitCap, sold: 0, endsAt };
        this.append({ type: 'flashSale', sku: product.sku, priceMinor, unitCap, endsAt });
        this.flashTimers.set(
          product.sku,
          this.after(command.seconds * 1000, () => this.endFlashSale(product, 'time')),
        );
        return null;
      }
      case 'startShow':
        if (this.state === 'live') return 'show_live';
        this.setState('live');
        return null;
      case 'endShow':
        if (this.state !== 'live') return 'show_not_live';
        for (const product of this.products) {
          if (product.flashSale) this.endFlashSale(product, 'show_ended');
        }
        if (this.pin.sku !== null) this.setPin(null, null);
        this.setState('ended');
        return null;
      case 'upsertLineup':
        if (this.state !== 'planned') return 'show_live';
        for (const item of command.products) {
          const existing = this.product(item.sku);
          const product: Product = { ...item, sold: existing?.sold ?? 0, flashSale: null };
          if (existing) this.products[this.products.indexOf(existing)] = product;
          else this.products.push(product);
          this.append({ type: 'product', product: { ...product } });
        }
        return null;
      case 'pinComment':
      case 'hideComment':
      case 'muteViewer': {
        const effect = this.audience.moderate(command);
        if (typeof effect === 'string') return effect;
        this.onModeration(effect);
        return null;
      }
    }
  }

  private setPin(sku: string | null, until: number | null): void {
    if (this.pinTimer) this.cancel(this.pinTimer);
    this.pinTimer = null;
    this.pin = { sku, until };
    this.append({ type: 'pin', sku, until });
  }

  private setState(state: ShowState): void {
    this.state = state;
    this.append({ type: 'showState', state });
  }

  private endFlashSale(product: Product, reason: 'time' | 'cap' | 'show_ended'): void {
    const flash = product.flashSale;
    if (!flash) return;
    const timer = this.flashTimers.get(product.sku);
    if (timer) this.cancel(timer);
    this.flashTimers.delete(product.sku);
    product.flashSale = null;
    this.append({ type: 'flashSaleEnded', sku: product.sku, sold: flash.sold, reason });
  }

  private append(body: EventBody): void {
    this.log.push({ ...body, seq: this.seq + 1, at: Date.now() } as ShowEvent);
    this.onEvent();
  }

  private after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private cancel(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.timers.delete(timer);
  }
}
