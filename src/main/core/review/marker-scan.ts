import type { Currency } from '../../../shared/model/lineup';
import type { PinInterval, TimelineMarker } from '../../../shared/model/review';
import type { ProductState } from '../../../shared/protocol';
import type { ReviewEntry } from './log-entry';

/** What the entries other than orders tell about one product. */
export interface ProductFacts {
  sku: string;
  name: string;
  currency: Currency;
  position: number;
  priceMinor: number;
  /** Stock plus sold when first seen. */
  openingStock: number;
  restockedUnits: number;
  /** Stock and sold as the last entry that set them had them, and that entry's seq. */
  stock: number;
  sold: number;
  seq: number;
  /** First time an entry other than an order showed no stock (a snapshot after a gap). */
  stockZeroAt: number | null;
}

/** The run's non-order entries, read once: products, pins and the markers of the timeline. */
export interface MarkerFacts {
  products: ProductFacts[];
  pins: PinInterval[];
  markers: TimelineMarker[];
  protocolErrors: number;
  linkDrops: number;
}

class Scan {
  readonly products = new Map<string, ProductFacts>();
  readonly pins: PinInterval[] = [];
  readonly markers: TimelineMarker[] = [];
  protocolErrors = 0;
  linkDrops = 0;
  private pin: { sku: string; from: number } | null = null;
  private linkUp = false;

  constructor(private readonly endAt: number) {}

  entry(entry: ReviewEntry): void {
    const mark = { at: entry.at, seq: entry.seq };
    switch (entry.kind) {
      case 'event':
        this.event(entry);
        return;
      case 'snapshot':
        this.markers.push({ type: 'snapshot', ...mark, reason: entry.reason });
        entry.snapshot.products.forEach((product) => this.seen(product, entry.seq, entry.at));
        this.setPin(entry.snapshot.pin.sku, entry.snapshot.pin.until, entry.at, entry.seq);
        return;
      case 'link':
        if (entry.state === 'connected') {
          this.markers.push({ type: 'linkUp', ...mark, reason: entry.reason });
        } else {
          if (this.linkUp) this.linkDrops += 1;
          this.markers.push({
            type: 'linkDown',
            ...mark,
            state: entry.state,
            reason: entry.reason,
          });
        }
        this.linkUp = entry.state === 'connected';
        return;
      case 'note':
        this.markers.push({ type: 'note', ...mark, text: entry.text });
        return;
      case 'talkingPoint':
        this.markers.push({
          type: 'talkingPoint',
          ...mark,
          talkingPointId: entry.talkingPointId,
          text: entry.text,
        });
        return;
      case 'protocolError':
        this.protocolErrors += entry.count;
        this.markers.push({
          type: 'protocolError',
          ...mark,
          reason: entry.reason,
          message: entry.message,
        });
        return;
      case 'commandRejected':
        this.markers.push({
          type: 'commandRejected',
          ...mark,
          kind: entry.commandKind,
          code: entry.code,
          message: entry.message,
        });
        return;
      case 'commandDropped':
        this.markers.push({
          type: 'commandDropped',
          ...mark,
          kind: entry.commandKind,
          message: entry.message,
        });
        return;
      default: {
        const unreachable: never = entry;
        throw new Error(`unknown review entry ${JSON.stringify(unreachable)}`);
      }
    }
  }

  finish(): MarkerFacts {
    if (this.pin) this.pins.push({ ...this.pin, to: Math.max(this.pin.from, this.endAt) });
    this.pin = null;
    return {
      products: [...this.products.values()].sort((a, b) => a.position - b.position),
      pins: this.pins,
      markers: this.markers.sort((a, b) => a.at - b.at || a.seq - b.seq),
      protocolErrors: this.protocolErrors,
      linkDrops: this.linkDrops,
    };
  }

  private event(entry: Extract<ReviewEntry, { kind: 'event' }>): void {
    const { event } = entry;
    const mark = { at: event.at, seq: entry.seq };
    switch (event.type) {
      case 'product':
        this.products.delete(event.product.sku);
        this.seen(event.product, entry.seq, event.at);
        return;
      case 'stock': {
        const product = this.products.get(event.sku);
        if (!product) return;
        const units = event.stock + event.sold - (product.stock + product.sold);
        this.set(product, event.stock, event.sold, entry.seq, event.at);
        if (units > 0) {
          product.restockedUnits += units;
          this.markers.push({
            type: 'restock',
            ...mark,
            sku: event.sku,
            units,
            stock: event.stock,
          });
        }
        return;
      }
      case 'pin':
        this.setPin(event.sku, event.until, event.at, entry.seq);
        return;
      case 'price': {
        const product = this.products.get(event.sku);
        if (product) product.priceMinor = event.priceMinor;
        this.markers.push({ type: 'price', ...mark, sku: event.sku, priceMinor: event.priceMinor });
        return;
      }
      case 'flashSale':
        this.markers.push({
          type: 'flashSale',
          ...mark,
          sku: event.sku,
          priceMinor: event.priceMinor,
          unitCap: event.unitCap,
          endsAt: event.endsAt,
        });
        return;
      case 'flashSaleEnded':
        this.markers.push({
          type: 'flashSaleEnded',
          ...mark,
          sku: event.sku,
          sold: event.sold,
          reason: event.reason,
        });
        return;
      case 'showState':
        this.markers.push({ type: 'showState', ...mark, state: event.state });
        return;
      case 'viewers':
        return;
      default: {
        const unreachable: never = event;
        throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** A product as an upload or snapshot shows it; a snapshot keeps what is known already. */
  private seen(state: ProductState, seq: number, at: number): void {
    const known = this.products.get(state.sku);
    if (!known) {
      this.products.set(state.sku, {
        sku: state.sku,
        name: state.name,
        currency: state.currency,
        position: this.products.size,
        priceMinor: state.priceMinor,
        openingStock: state.stock + state.sold,
        restockedUnits: 0,
        stock: state.stock,
        sold: state.sold,
        seq,
        stockZeroAt: null,
      });
      return;
    }
    const added = state.stock + state.sold - (known.stock + known.sold);
    if (added > 0) known.restockedUnits += added;
    known.name = state.name;
    known.priceMinor = state.priceMinor;
    this.set(known, state.stock, state.sold, seq, at);
  }

  private set(product: ProductFacts, stock: number, sold: number, seq: number, at: number): void {
    product.stock = stock;
    product.sold = sold;
    product.seq = seq;
    if (stock === 0) product.stockZeroAt ??= at;
  }

  private setPin(sku: string | null, until: number | null, at: number, seq: number): void {
    if (this.pin?.sku === sku) return;
    if (this.pin) this.pins.push({ ...this.pin, to: Math.max(this.pin.from, at) });
    this.pin = sku === null ? null : { sku, from: at };
    this.markers.push(
      sku === null ? { type: 'unpin', at, seq } : { type: 'pin', at, seq, sku, until },
    );
  }
}

/** Reads the entries in log order; `endAt` closes a pin still standing at the end. */
export function scanMarkers(entries: readonly ReviewEntry[], endAt: number): MarkerFacts {
  const scan = new Scan(endAt);
  for (const entry of entries) scan.entry(entry);
  return scan.finish();
}
