import { z } from 'zod';
import { BuyerId, OrderId, OrderQty, PriceMinor, Seq, ShowId, Sku, Units } from './primitives';

/** The `auth` of a simulated viewer connecting to the `/intake` namespace. */
export const IntakeAuth = z.object({
  token: z.string().min(1).max(500),
  showId: ShowId,
});
export type IntakeAuth = z.infer<typeof IntakeAuth>;

export const Buy = z.object({ sku: Sku, qty: OrderQty, buyerId: BuyerId });
export type Buy = z.infer<typeof Buy>;

/**
 * Several viewers' buys in one message (the reference server's `buys`), answered by one ack: the
 * `BuyAck` of each, in order. Each buy is checked on its own (a malformed one is refused
 * `invalid`, the others go on).
 */
export const Buys = z.object({ buys: z.array(z.unknown()).min(1).max(1000) });
export type Buys = z.infer<typeof Buys>;

export const BuyRefusal = z.enum([
  'invalid',
  'unknown_sku',
  'show_not_live',
  'sold_out',
  /** The order would take a running flash sale past its unit cap. */
  'flash_cap',
  'internal',
]);
export type BuyRefusal = z.infer<typeof BuyRefusal>;

/** Sent only after the order is committed to the ledger (sold) or definitely not taken. */
export const BuyAck = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('sold'),
    orderId: OrderId,
    priceMinor: PriceMinor,
    seq: Seq,
  }),
  z.object({ status: z.literal('refused'), reason: BuyRefusal }),
]);
export type BuyAck = z.infer<typeof BuyAck>;

/** The crowd reports its simulated audience size. */
export const ViewersReport = z.object({ count: Units });
export type ViewersReport = z.infer<typeof ViewersReport>;
