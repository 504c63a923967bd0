import { z } from 'zod';
import { CommentId } from './audience';
import { REJECT_CODES } from './reject-codes';
import {
  BuyerId,
  CommandId,
  Currency,
  DurationSeconds,
  PositiveUnits,
  PriceMinor,
  ProductName,
  Seq,
  Sku,
  Units,
} from './primitives';

const id = { commandId: CommandId };

/** One product of a lineup a console loads onto the server before the show goes live. */
export const LineupProduct = z.object({
  sku: Sku,
  name: ProductName,
  priceMinor: PriceMinor,
  currency: Currency,
  stock: Units,
});
export type LineupProduct = z.infer<typeof LineupProduct>;

export const LineupProducts = z
  .array(LineupProduct)
  .min(1)
  .max(10_000)
  .refine((products) => new Set(products.map((p) => p.sku)).size === products.length, {
    message: 'SKUs must be unique',
  });

export const PinCommand = z.object({
  type: z.literal('pin'),
  ...id,
  sku: Sku,
  /** Unpin by itself after this many seconds; omitted: pinned until changed. */
  seconds: DurationSeconds.optional(),
});
export const UnpinCommand = z.object({ type: z.literal('unpin'), ...id });
export const RestockCommand = z.object({
  type: z.literal('restock'),
  ...id,
  sku: Sku,
  units: PositiveUnits,
});
export const SetPriceCommand = z.object({
  type: z.literal('setPrice'),
  ...id,
  sku: Sku,
  priceMinor: PriceMinor,
});
export const FlashSaleCommand = z.object({
  type: z.literal('flashSale'),
  ...id,
  sku: Sku,
  priceMinor: PriceMinor,
  unitCap: PositiveUnits,
  seconds: DurationSeconds,
});
export const StartShowCommand = z.object({ type: z.literal('startShow'), ...id });
export const EndShowCommand = z.object({ type: z.literal('endShow'), ...id });
export const UpsertLineupCommand = z.object({
  type: z.literal('upsertLineup'),
  ...id,
  products: LineupProducts,
});

/** Pins a comment for the viewers (`commentId: null` unpins); feature `audience`. */
export const PinCommentCommand = z.object({
  type: z.literal('pinComment'),
  ...id,
  commentId: CommentId.nullable(),
});
/** Hides a comment from the viewers and the consoles; feature `audience`. */
export const HideCommentCommand = z.object({
  type: z.literal('hideComment'),
  ...id,
  commentId: CommentId,
});
/** Drops a viewer's later comments for the rest of the show; feature `audience`. */
export const MuteViewerCommand = z.object({
  type: z.literal('muteViewer'),
  ...id,
  viewerId: BuyerId,
});

/** The commands of the `audience` addition: sent only on a connection that agreed to it. */
export const AUDIENCE_COMMANDS: readonly string[] = ['pinComment', 'hideComment', 'muteViewer'];

export const Command = z.discriminatedUnion('type', [
  PinCommand,
  UnpinCommand,
  RestockCommand,
  SetPriceCommand,
  FlashSaleCommand,
  StartShowCommand,
  EndShowCommand,
  UpsertLineupCommand,
  PinCommentCommand,
  HideCommentCommand,
  MuteViewerCommand,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Why a command was rejected. The console shows each code with its own text. */
export const RejectCode = z.enum(REJECT_CODES);
export type RejectCode = z.infer<typeof RejectCode>;

export const Issue = z.object({
  path: z.array(z.union([z.string(), z.number()])).max(20),
  message: z.string().max(500),
});
export type Issue = z.infer<typeof Issue>;

export const RejectReason = z.object({
  code: RejectCode,
  message: z.string().max(1000),
  /**
   * For `invalid`: which fields failed validation. A diagnostic for logs, read leniently: one of
   * the wrong shape is dropped rather than making the whole ack malformed (docs/protocol.md §7).
   */
  issues: z.array(Issue).max(50).optional().catch(undefined),
});
export type RejectReason = z.infer<typeof RejectReason>;

/**
 * The acknowledgement of a command. `duplicate` repeats the first outcome of that command id
 * (`original`, with its `reason` or `seq`). `seq` is the last event the command produced.
 */
export const Ack = z
  .object({
    /** null only when the command was too malformed to carry a readable command id. */
    commandId: CommandId.nullable(),
    status: z.enum(['applied', 'duplicate', 'rejected']),
    original: z.enum(['applied', 'rejected']).optional(),
    reason: RejectReason.optional(),
    seq: Seq.optional(),
  })
  .refine((ack) => ack.status !== 'rejected' || ack.reason !== undefined, {
    message: 'a rejected ack carries a reason',
    path: ['reason'],
  })
  .refine((ack) => ack.status !== 'duplicate' || ack.original !== undefined, {
    message: 'a duplicate ack carries the original status',
    path: ['original'],
  });
export type Ack = z.infer<typeof Ack>;
