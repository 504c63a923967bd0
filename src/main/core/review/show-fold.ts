import type { Currency } from '../../../shared/model/lineup';
import type { LinkReason } from '../../../shared/model/link-note';
import type { LinkLogState, ShowState } from '../../../shared/model/live';
import type { ReviewEntry } from './log-entry';

export interface FoldProduct {
  sku: string;
  name: string;
  currency: Currency;
  position: number;
  priceMinor: number;
  /** As the last entry other than an order set them, and that entry's seq. */
  stock: number;
  sold: number;
  seq: number;
  flashSale: { priceMinor: number; unitCap: number; endsAt: number } | null;
}

/**
 * The console's show state folded from the run log's entries other than orders (orders are
 * added from the rollup by the replay). Copyable, so that replay can keep checkpoints.
 */
export class ShowFold {
  showState: ShowState = 'planned';
  pin: { sku: string | null; until: number | null } = { sku: null, until: null };
  viewers = 0;
  link: { state: LinkLogState | 'unknown'; reason: LinkReason | null } = {
    state: 'unknown',
    reason: null,
  };
  talkingPoint: { id: number; text: string | null } | null = null;
  products = new Map<string, FoldProduct>();

  apply(entry: ReviewEntry): void {
    switch (entry.kind) {
      case 'event':
        this.event(entry.event, entry.seq);
        return;
      case 'snapshot':
        this.showState = entry.state;
        this.pin = { ...entry.snapshot.pin };
        this.viewers = entry.snapshot.viewers;
        for (const product of entry.snapshot.products) {
          const known = this.products.get(product.sku);
          this.products.set(product.sku, {
            sku: product.sku,
            name: product.name,
            currency: product.currency,
            position: known?.position ?? this.products.size,
            priceMinor: product.priceMinor,
            stock: product.stock,
            sold: product.sold,
            seq: entry.seq,
            flashSale: product.flashSale
              ? {
                  priceMinor: product.flashSale.priceMinor,
                  unitCap: product.flashSale.unitCap,
                  endsAt: product.flashSale.endsAt,
                }
              : null,
          });
        }
        return;
      case 'link':
        this.link = { state: entry.state, reason: entry.reason };
        return;
      case 'talkingPoint':
        this.talkingPoint =
          entry.talkingPointId === null ? null : { id: entry.talkingPointId, text: entry.text };
        return;
      case 'note':
      case 'protocolError':
      case 'commandRejected':
      case 'commandDropped':
        return;
      default: {
        const unreachable: never = entry;
        throw new Error(`unknown review entry ${JSON.stringify(unreachable)}`);
      }
    }
  }

  clone(): ShowFold {
    const copy = new ShowFold();
    copy.showState = this.showState;
    copy.pin = { ...this.pin };
    copy.viewers = this.viewers;
    copy.link = { ...this.link };
    copy.talkingPoint = this.talkingPoint ? { ...this.talkingPoint } : null;
    for (const [sku, product] of this.products) {
      copy.products.set(sku, {
        ...product,
        flashSale: product.flashSale ? { ...product.flashSale } : null,
      });
    }
    return copy;
  }

  private event(event: Extract<ReviewEntry, { kind: 'event' }>['event'], seq: number): void {
    switch (event.type) {
      case 'product': {
        const { product } = event;
        this.products.set(product.sku, {
          sku: product.sku,
          name: product.name,
          currency: product.currency,
          position: this.products.get(product.sku)?.position ?? this.products.size,
          priceMinor: product.priceMinor,
          stock: product.stock,
          sold: product.sold,
          seq,
          flashSale: null,
        });
        return;
      }
      case 'stock': {
        const product = this.products.get(event.sku);
        if (product) Object.assign(product, { stock: event.stock, sold: event.sold, seq });
        return;
      }
      case 'pin':
        this.pin = { sku: event.sku, until: event.until };
        return;
      case 'price': {
        const product = this.products.get(event.sku);
        if (product) product.priceMinor = event.priceMinor;
        return;
      }
      case 'flashSale': {
        const product = this.products.get(event.sku);
        if (product) {
          const { priceMinor, unitCap, endsAt } = event;
          product.flashSale = { priceMinor, unitCap, endsAt };
        }
        return;
      }
      case 'flashSaleEnded': {
        const product = this.products.get(event.sku);
        if (product) product.flashSale = null;
        return;
      }
      case 'showState':
        this.showState = event.state;
        return;
      case 'viewers':
        this.viewers = event.count;
        return;
      default: {
        const unreachable: never = event;
        throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }
}
