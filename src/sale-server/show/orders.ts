import type { Buy, BuyAck } from '../../shared/protocol';
import type { Spans } from '../clock';
import type { Ledger } from '../ledger/ledger';
import { endFlashSale, endFlashSaleIfDue } from './effects';
import type { Show } from './show';

/**
 * Sells one order if the stock (and a running flash sale's cap) allows, inside `Show.transact`:
 * the check and the decrement happen in the same transaction, on the one Node thread, so no
 * order can ever take stock below zero.
 */
export function sell(show: Show, ledger: Ledger, buy: Buy, now: number, spans: Spans): BuyAck {
  if (show.state !== 'live') return { status: 'refused', reason: 'show_not_live' };
  const product = show.products.get(buy.sku);
  if (!product) return { status: 'refused', reason: 'unknown_sku' };
  endFlashSaleIfDue(show, product, now, spans.isDue);
  if (product.stock < buy.qty) return { status: 'refused', reason: 'sold_out' };
  const flash = product.flashSale;
  if (flash && flash.sold + buy.qty > flash.unitCap)
    return { status: 'refused', reason: 'flash_cap' };

  const priceMinor = flash ? flash.priceMinor : product.priceMinor;
  product.stock -= buy.qty;
  product.sold += buy.qty;
  if (flash) flash.sold += buy.qty;
  show.touch(product.sku);
  const seq = show.seq + 1;
  const orderId = String(
    ledger.insertOrder({
      showId: show.showId,
      sku: product.sku,
      qty: buy.qty,
      priceMinor,
      buyerId: buy.buyerId,
      at: now,
      seq,
    }),
  );
  show.emit(
    {
      type: 'order',
      orderId,
      sku: product.sku,
      qty: buy.qty,
      priceMinor,
      stock: product.stock,
      sold: product.sold,
      buyer: buy.buyerId,
    },
    now,
  );
  if (flash && flash.sold >= flash.unitCap) endFlashSale(show, product, 'cap', now);
  return { status: 'sold', orderId, priceMinor, seq };
}
