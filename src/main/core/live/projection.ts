import {
  applyToProductFigures,
  type ServerEvent,
  type SnapshotMessage,
} from '../../../shared/protocol';
import type { FlashSaleView, LivePin, ShowState } from '../../../shared/model/live';
import type { Currency } from '../../../shared/model/lineup';

/** One product of the server's show as the console has applied it (a row of run_products). */
export interface ProjectedProduct {
  sku: string;
  position: number;
  name: string;
  currency: Currency;
  priceMinor: number;
  stock: number;
  sold: number;
  revenueMinor: number;
  openingStock: number;
  flashSale: FlashSaleView | null;
  soldOutAt: number | null;
  firstPinnedAt: number | null;
}

/** The show-wide part (a row of run_sync). */
export interface ProjectionHead {
  lastSeq: number;
  synced: boolean;
  showState: ShowState;
  pin: LivePin;
  viewers: number;
}

/** An event that passed validation but cannot apply (for example an order for an unknown SKU). */
export class ProjectionError extends Error {
  /** sku: the SKU the lineup lacks, when that is why. */
  constructor(
    message: string,
    readonly sku: string | null = null,
  ) {
    super(message);
    this.name = 'ProjectionError';
  }
}

function copyProduct(product: ProjectedProduct): ProjectedProduct {
  return { ...product, flashSale: product.flashSale ? { ...product.flashSale } : null };
}

/**
 * The server's show as this run has applied it. Changes go through a draft: the draft is applied
 * and stored in one transaction, and only after the commit does the projection adopt it, so what
 * is in memory never runs ahead of the database.
 */
export class Projection {
  head: ProjectionHead;
  private products: Map<string, ProjectedProduct>;

  constructor(head: ProjectionHead, products: readonly ProjectedProduct[]) {
    this.head = { ...head, pin: { ...head.pin } };
    this.products = new Map(
      [...products].sort((a, b) => a.position - b.position).map((p) => [p.sku, p]),
    );
  }

  product(sku: string): ProjectedProduct | undefined {
    return this.products.get(sku);
  }

  /** Products in lineup order. */
  list(): ProjectedProduct[] {
    return [...this.products.values()];
  }

  draft(): ProjectionDraft {
    return new ProjectionDraft(this.head, (sku) => this.products.get(sku), this.products.size);
  }

  /** Takes over a committed draft. */
  adopt(draft: ProjectionDraft): void {
    this.head = draft.head;
    for (const product of draft.touched.values()) this.products.set(product.sku, product);
  }

  /** Takes over committed figures of products it has. */
  put(products: readonly ProjectedProduct[]): void {
    for (const product of products) {
      if (this.products.has(product.sku)) this.products.set(product.sku, product);
    }
  }

  /** Replaces everything with a committed snapshot projection. */
  replace(next: Projection): void {
    this.head = next.head;
    this.products = next.products;
  }

  /**
   * The projection a snapshot gives. What a snapshot cannot tell (revenue, opening stock, sold-out
   * and first-pin times) is kept from `previous` for the products it already had.
   */
  static fromSnapshot(message: SnapshotMessage, previous: Projection | null): Projection {
    const products = message.snapshot.products.map((p, position): ProjectedProduct => {
      const before = previous?.product(p.sku);
      return {
        sku: p.sku,
        position,
        name: p.name,
        currency: p.currency,
        priceMinor: p.priceMinor,
        stock: p.stock,
        sold: p.sold,
        revenueMinor: before?.revenueMinor ?? 0,
        openingStock: before?.openingStock ?? p.stock + p.sold,
        flashSale: p.flashSale ? { ...p.flashSale } : null,
        soldOutAt: p.stock === 0 ? (before?.soldOutAt ?? message.serverTime) : null,
        firstPinnedAt:
          before?.firstPinnedAt ?? (message.snapshot.pin.sku === p.sku ? message.serverTime : null),
      };
    });
    return new Projection(
      {
        lastSeq: message.seq,
        synced: true,
        showState: message.state,
        pin: { ...message.snapshot.pin },
        viewers: message.snapshot.viewers,
      },
      products,
    );
  }
}

/** Changes to a projection not yet committed: the head, and copies of the products touched. */
export class ProjectionDraft {
  head: ProjectionHead;
  readonly touched = new Map<string, ProjectedProduct>();
  private added = 0;

  constructor(
    base: ProjectionHead,
    private readonly lookup: (sku: string) => ProjectedProduct | undefined,
    private readonly baseCount: number,
  ) {
    this.head = { ...base, pin: { ...base.pin } };
  }

  /**
   * Applies one event in sequence. Throws ProjectionError, changing nothing, when the event
   * cannot apply.
   */
  apply(event: ServerEvent): void {
    this.applyBody(event);
    this.head.lastSeq = event.seq;
  }

  private applyBody(event: ServerEvent): void {
    switch (event.type) {
      case 'order': {
        const product = this.known(event.sku);
        applyToProductFigures(product, event);
        product.revenueMinor += event.qty * event.priceMinor;
        if (event.stock === 0) product.soldOutAt ??= event.at;
        return;
      }
      case 'stock': {
        const product = this.known(event.sku);
        applyToProductFigures(product, event);
        if (event.stock > 0) product.soldOutAt = null;
        else product.soldOutAt ??= event.at;
        return;
      }
      case 'price':
      case 'flashSale':
      case 'flashSaleEnded':
        applyToProductFigures(this.known(event.sku), event);
        return;
      case 'pin':
        if (event.sku !== null) {
          const product = this.known(event.sku);
          product.firstPinnedAt ??= event.at;
        }
        this.head.pin = { sku: event.sku, until: event.until };
        return;
      case 'showState':
        this.head.showState = event.state;
        return;
      case 'viewers':
        this.head.viewers = event.count;
        return;
      case 'product':
        this.putProduct(event.product, event.at);
        return;
      default: {
        const unreachable: never = event;
        throw new ProjectionError(`unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private putProduct(
    product: Extract<ServerEvent, { type: 'product' }>['product'],
    at: number,
  ): void {
    const before = this.touched.get(product.sku) ?? this.lookup(product.sku);
    const position = before?.position ?? this.baseCount + this.added++;
    this.touched.set(product.sku, {
      sku: product.sku,
      position,
      name: product.name,
      currency: product.currency,
      priceMinor: product.priceMinor,
      stock: product.stock,
      sold: product.sold,
      revenueMinor: before?.revenueMinor ?? 0,
      openingStock: product.stock,
      flashSale: product.flashSale ? { ...product.flashSale } : null,
      soldOutAt: product.stock === 0 ? (before?.soldOutAt ?? at) : null,
      firstPinnedAt: before?.firstPinnedAt ?? null,
    });
  }

  /** The draft's copy of a product, made on first touch. */
  private known(sku: string): ProjectedProduct {
    let product = this.touched.get(sku);
    if (product) return product;
    const base = this.lookup(sku);
    if (!base) throw new ProjectionError(`event for unknown SKU ${sku}`, sku);
    product = copyProduct(base);
    this.touched.set(sku, product);
    return product;
  }
}
