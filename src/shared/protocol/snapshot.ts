import { z } from 'zod';
import { FeatureList } from './features';
import {
  Currency,
  EpochMs,
  PositiveUnits,
  PriceMinor,
  ProductName,
  SeqPosition,
  ShowId,
  ShowState,
  Sku,
  Units,
} from './primitives';

/** A flash sale running on a product: every unit sold while it runs counts toward the cap. */
export const FlashSaleState = z.object({
  priceMinor: PriceMinor,
  unitCap: PositiveUnits,
  /** Units sold at the flash price so far. */
  sold: Units,
  endsAt: EpochMs,
});
export type FlashSaleState = z.infer<typeof FlashSaleState>;

export const ProductState = z.object({
  sku: Sku,
  name: ProductName,
  /** The base price; while a flash sale runs, orders pay `flashSale.priceMinor` instead. */
  priceMinor: PriceMinor,
  currency: Currency,
  stock: Units,
  sold: Units,
  flashSale: FlashSaleState.nullable(),
});
export type ProductState = z.infer<typeof ProductState>;

export const PinState = z.object({
  sku: Sku.nullable(),
  /** When a timed pin ends by itself; null for a pin without end (or no pin). */
  until: EpochMs.nullable(),
});
export type PinState = z.infer<typeof PinState>;

export const Snapshot = z.object({
  products: z.array(ProductState).max(10_000),
  pin: PinState,
  viewers: Units,
});
export type Snapshot = z.infer<typeof Snapshot>;

const snapshotFields = {
  serverTime: EpochMs,
  showId: ShowId,
  state: ShowState,
  /** The last event the snapshot includes (0: no event yet). */
  seq: SeqPosition,
  snapshot: Snapshot,
};

/** The server's first message on every connection. */
export const Welcome = z.object({
  protocolVersion: z.number().int().min(1),
  /** The offered additions the server uses on this connection; absent means none. */
  features: FeatureList.optional(),
  ...snapshotFields,
});
export type Welcome = z.infer<typeof Welcome>;

/** A fresh snapshot, sent after `snapshotRequired` or on `requestSnapshot`. */
export const SnapshotMessage = z.object(snapshotFields);
export type SnapshotMessage = z.infer<typeof SnapshotMessage>;

/** The server cannot replay from `fromSeq`; a `snapshot` message follows. */
export const SnapshotRequired = z.object({
  fromSeq: SeqPosition,
  /** The oldest event the server still keeps (latestSeq + 1 when it keeps none). */
  oldestSeq: SeqPosition,
  latestSeq: SeqPosition,
  /** too_old: the events after fromSeq were dropped; ahead: fromSeq is past the server's last. */
  reason: z.enum(['too_old', 'ahead']),
});
export type SnapshotRequired = z.infer<typeof SnapshotRequired>;
