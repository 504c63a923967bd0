import type { Spans } from '../clock';
import {
  MAX_STOCK,
  type Command,
  type CommandOf,
  type ProductState,
  type RejectCode,
} from '../../shared/protocol';
import { executeAudienceCommand } from './audience-commands';
import { endFlashSale, endFlashSaleIfDue, setPin, upsertProducts } from './effects';
import type { Show } from './show';

export type Outcome = { ok: true } | { ok: false; code: RejectCode; message: string };

const applied: Outcome = { ok: true };

function reject(code: RejectCode, message: string): Outcome {
  return { ok: false, code, message };
}

class Rejection extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.ok ? 'applied' : outcome.message);
  }
}

function requireNotEnded(show: Show): void {
  if (show.state === 'ended') throw new Rejection(reject('show_ended', 'the show has ended'));
}

function requireProduct(show: Show, sku: string): ProductState {
  const product = show.products.get(sku);
  if (!product)
    throw new Rejection(reject('unknown_sku', `no product with SKU ${sku} in this show`));
  return product;
}

/**
 * Applies one validated command to the show (inside `Show.transact`), or says why not. A rejected
 * command changes nothing.
 */
export function executeCommand(show: Show, command: Command, now: number, spans: Spans): Outcome {
  try {
    return run(show, command, now, spans);
  } catch (error) {
    if (error instanceof Rejection) return error.outcome;
    throw error;
  }
}

function run(show: Show, command: Command, now: number, spans: Spans): Outcome {
  switch (command.type) {
    case 'pin':
      return pin(show, command, now, spans);
    case 'unpin':
      requireNotEnded(show);
      setPin(show, null, null, now);
      return applied;
    case 'restock':
      return restock(show, command, now);
    case 'setPrice': {
      requireNotEnded(show);
      const product = requireProduct(show, command.sku);
      product.priceMinor = command.priceMinor;
      show.touch(product.sku);
      show.emit({ type: 'price', sku: product.sku, priceMinor: product.priceMinor }, now);
      return applied;
    }
    case 'flashSale':
      return flashSale(show, command, now, spans);
    case 'startShow':
      return startShow(show, now);
    case 'endShow':
      return endShow(show, now);
    case 'upsertLineup':
      requireNotEnded(show);
      if (show.state === 'live') {
        return reject('show_live', 'the lineup can be loaded only before the show goes live');
      }
      upsertProducts(show, command.products, now);
      return applied;
    case 'pinComment':
    case 'hideComment':
    case 'muteViewer':
      return executeAudienceCommand(show, command, now);
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

function pin(show: Show, command: CommandOf<'pin'>, now: number, spans: Spans): Outcome {
  requireNotEnded(show);
  const product = requireProduct(show, command.sku);
  const until = command.seconds === undefined ? null : spans.endOf(command.seconds * 1000);
  setPin(show, product.sku, until, now);
  return applied;
}

function restock(show: Show, command: CommandOf<'restock'>, now: number): Outcome {
  requireNotEnded(show);
  const product = requireProduct(show, command.sku);
  if (product.stock + command.units > MAX_STOCK) {
    return reject('stock_limit', `stock would pass ${MAX_STOCK} units`);
  }
  product.stock += command.units;
  show.touch(product.sku);
  show.emit({ type: 'stock', sku: product.sku, stock: product.stock, sold: product.sold }, now);
  return applied;
}

function flashSale(
  show: Show,
  command: CommandOf<'flashSale'>,
  now: number,
  spans: Spans,
): Outcome {
  requireNotEnded(show);
  if (show.state !== 'live') return reject('show_not_live', 'a flash sale needs a live show');
  const product = requireProduct(show, command.sku);
  endFlashSaleIfDue(show, product, now, spans.isDue);
  if (product.flashSale) {
    return reject('flash_sale_active', `a flash sale already runs on ${product.sku}`);
  }
  if (product.stock === 0) return reject('sold_out', `${product.sku} is sold out`);
  const endsAt = spans.endOf(command.seconds * 1000);
  product.flashSale = { priceMinor: command.priceMinor, unitCap: command.unitCap, sold: 0, endsAt };
  show.touch(product.sku);
  show.emit(
    {
      type: 'flashSale',
      sku: product.sku,
      priceMinor: command.priceMinor,
      unitCap: command.unitCap,
      endsAt,
    },
    now,
  );
  return applied;
}

function startShow(show: Show, now: number): Outcome {
  requireNotEnded(show);
  if (show.state === 'live') return reject('show_live', 'the show is already live');
  show.state = 'live';
  show.emit({ type: 'showState', state: 'live' }, now);
  return applied;
}

function endShow(show: Show, now: number): Outcome {
  requireNotEnded(show);
  if (show.state !== 'live') return reject('show_not_live', 'the show has not started');
  for (const product of show.products.values()) endFlashSale(show, product, 'show_ended', now);
  if (show.pin.sku !== null) setPin(show, null, null, now);
  show.state = 'ended';
  show.emit({ type: 'showState', state: 'ended' }, now);
  return applied;
}
