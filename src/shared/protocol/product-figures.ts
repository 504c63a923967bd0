import type { ServerEventOf } from './events';
import type { ProductState } from './snapshot';

/** The server events that change one product's figures (each names the product by its SKU). */
export type ProductFiguresEvent = ServerEventOf<
  'order' | 'stock' | 'price' | 'flashSale' | 'flashSaleEnded'
>;

/** A product's figures as the server reports them. */
export type ProductFigures = Pick<ProductState, 'priceMinor' | 'stock' | 'sold' | 'flashSale'>;

/**
 * Applies the event to the product's figures, in place, as the protocol defines it: an order or a
 * stock event sets stock and sold (an order also counts toward a running flash sale), a price
 * event sets the base price, and a flash sale starts with nothing sold or ends. The ShowMirror
 * and the console's projection (which adds revenue, sold-out and first-pin times) both use it.
 */
export function applyToProductFigures(product: ProductFigures, event: ProductFiguresEvent): void {
  switch (event.type) {
    case 'order':
      product.stock = event.stock;
      product.sold = event.sold;
      if (product.flashSale) product.flashSale.sold += event.qty;
      return;
    case 'stock':
      product.stock = event.stock;
      product.sold = event.sold;
      return;
    case 'price':
      product.priceMinor = event.priceMinor;
      return;
    case 'flashSale':
      product.flashSale = {
        priceMinor: event.priceMinor,
        unitCap: event.unitCap,
        sold: 0,
        endsAt: event.endsAt,
      };
      return;
    case 'flashSaleEnded':
      product.flashSale = null;
      return;
    default: {
      const unreachable: never = event;
      throw new Error(`not an event about product figures: ${JSON.stringify(unreachable)}`);
    }
  }
}
