import { z } from 'zod';
import { ProductState } from './snapshot';
import {
  BuyerId,
  EpochMs,
  OrderId,
  OrderQty,
  PositiveUnits,
  PriceMinor,
  Seq,
  ShowState,
  Sku,
  Units,
} from './primitives';

/** Every server event carries its per-show sequence number and the server time it happened. */
const base = { seq: Seq, at: EpochMs };

/** A viewer bought `qty` units; `stock` and `sold` are the product's figures after the order. */
export const OrderEvent = z.object({
  type: z.literal('order'),
  ...base,
  orderId: OrderId,
  sku: Sku,
  qty: OrderQty,
  /** Unit price paid, in minor units (the flash price while a flash sale runs). */
  priceMinor: PriceMinor,
  stock: Units,
  sold: Units,
  buyer: BuyerId.optional(),
});

/** Stock or sold changed other than by an order (a restock). */
export const StockEvent = z.object({
  type: z.literal('stock'),
  ...base,
  sku: Sku,
  stock: Units,
  sold: Units,
});

export const PinEvent = z.object({
  type: z.literal('pin'),
  ...base,
  sku: Sku.nullable(),
  until: EpochMs.nullable(),
});

/** The base price changed. */
export const PriceEvent = z.object({
  type: z.literal('price'),
  ...base,
  sku: Sku,
  priceMinor: PriceMinor,
});

export const FlashSaleEvent = z.object({
  type: z.literal('flashSale'),
  ...base,
  sku: Sku,
  priceMinor: PriceMinor,
  unitCap: PositiveUnits,
  endsAt: EpochMs,
});

export const FlashSaleEndedEvent = z.object({
  type: z.literal('flashSaleEnded'),
  ...base,
  sku: Sku,
  /** Units sold at the flash price. */
  sold: Units,
  /** time: its end time came; cap: the unit cap sold out; show_ended: the show ended. */
  reason: z.enum(['time', 'cap', 'show_ended']),
});

export const ShowStateEvent = z.object({ type: z.literal('showState'), ...base, state: ShowState });

export const ViewersEvent = z.object({ type: z.literal('viewers'), ...base, count: Units });

/** A product was added or replaced as a whole (lineup upload before the show goes live). */
export const ProductEvent = z.object({
  type: z.literal('product'),
  ...base,
  product: ProductState,
});

export const ServerEvent = z.discriminatedUnion('type', [
  OrderEvent,
  StockEvent,
  PinEvent,
  PriceEvent,
  FlashSaleEvent,
  FlashSaleEndedEvent,
  ShowStateEvent,
  ViewersEvent,
  ProductEvent,
]);
export type ServerEvent = z.infer<typeof ServerEvent>;
export type ServerEventType = ServerEvent['type'];
export type ServerEventOf<T extends ServerEventType> = Extract<ServerEvent, { type: T }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before the server gives it its sequence number and time. */
export type UnsequencedEvent = DistributiveOmit<ServerEvent, 'seq' | 'at'>;

export const MAX_EVENTS_PER_BATCH = 5000;

/** The `events` message: consecutive events in ascending seq. Each event is checked on its own. */
export const EventsBatch = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
});
export type EventsBatch = { events: ServerEvent[] };
