import type { ServerEvent } from './events';
import type { ShowState } from './primitives';
import { applyToProductFigures } from './product-figures';
import type { PinState, ProductState, Snapshot, SnapshotMessage } from './snapshot';

export class MirrorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorError';
  }
}

/**
 * A show's state as a console sees it: a snapshot with the events after it applied strictly in
 * order. Pure (no I/O); the sync engine and tests use it to follow the server exactly.
 */
export class ShowMirror {
  state: ShowState;
  seq: number;
  pin: PinState;
  viewers: number;
  private readonly products: Map<string, ProductState>;

  constructor(from: Pick<SnapshotMessage, 'state' | 'seq' | 'snapshot'>) {
    this.state = from.state;
    this.seq = from.seq;
    this.pin = { ...from.snapshot.pin };
    this.viewers = from.snapshot.viewers;
    this.products = new Map(from.snapshot.products.map((p) => [p.sku, copyProduct(p)]));
  }

  product(sku: string): ProductState | undefined {
    return this.products.get(sku);
  }

  /** Applies the next event; throws MirrorError on a seq that is not the next one. */
  apply(event: ServerEvent): void {
    if (event.seq !== this.seq + 1) {
      throw new MirrorError(`event seq ${event.seq} is not the next after ${this.seq}`);
    }
    this.applyBody(event);
    this.seq = event.seq;
  }

  toSnapshot(): Snapshot {
    return {
      products: [...this.products.values()].map(copyProduct),
      pin: { ...this.pin },
      viewers: this.viewers,
    };
  }

  private applyBody(event: ServerEvent): void {
    switch (event.type) {
      case 'order':
      case 'stock':
      case 'price':
      case 'flashSale':
      case 'flashSaleEnded':
        applyToProductFigures(this.known(event.sku), event);
        return;
      case 'pin':
        this.pin = { sku: event.sku, until: event.until };
        return;
      case 'showState':
        this.state = event.state;
        return;
      case 'viewers':
        this.viewers = event.count;
        return;
      case 'product':
        this.products.set(event.product.sku, copyProduct(event.product));
        return;
      default: {
        const unreachable: never = event;
        throw new MirrorError(`unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private known(sku: string): ProductState {
    const product = this.products.get(sku);
    if (!product) throw new MirrorError(`event for unknown SKU ${sku}`);
    return product;
  }
}

function copyProduct(product: ProductState): ProductState {
  return { ...product, flashSale: product.flashSale ? { ...product.flashSale } : null };
}
