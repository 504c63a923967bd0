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
