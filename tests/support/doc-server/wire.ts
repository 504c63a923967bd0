/**
 * The messages of docs/protocol.md as this doc server reads and writes them, written from the
 * document alone (sections 1, 3, 4, 7, 8.1, 10 and 15): nothing here comes from src/.
 */
import { z } from 'zod';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const Money = int(0, 100_000_000);
export const Units = int(0, 1_000_000_000);
const Seconds = int(1, 86_400);
const Cap = int(1, 100_000_000);
const Qty = int(1, 1000);
export const Sku = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const ShowId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
const CommandId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/);
const Position = int(0, Number.MAX_SAFE_INTEGER);
const Seq = int(1, Number.MAX_SAFE_INTEGER);
export const Currency = z.enum(['CNY', 'USD', 'EUR', 'THB', 'MYR', 'IDR', 'VND', 'PHP', 'JPY']);
const FeatureName = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/);

/** Section 3: the auth object of the handshake. */
export const Auth = z.object({
  token: z.string().min(1).max(500),
  showId: ShowId,
  consoleId: z.string().min(1).max(100),
  protocolVersion: z.number().int(),
  fromSeq: Position.optional(),
  features: z.array(FeatureName).max(32).optional(),
});
export type Auth = z.infer<typeof Auth>;

export const LineupItem = z.object({
  sku: Sku,
  name: z.string().min(1).max(120),
  priceMinor: Money,
  currency: Currency,
  stock: Units,
});
export type LineupItem = z.infer<typeof LineupItem>;

const base = { commandId: CommandId };
/** Section 7 and 15.4: the commands, by type. */
export const Command = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('pin'), sku: Sku, seconds: Seconds.optional() }),
  z.object({ ...base, type: z.literal('unpin') }),
  z.object({ ...base, type: z.literal('restock'), sku: Sku, units: Cap }),
  z.object({ ...base, type: z.literal('setPrice'), sku: Sku, priceMinor: Money }),
  z.object({
    ...base,
    type: z.literal('flashSale'),
    sku: Sku,
    priceMinor: Money,
    unitCap: Cap,
    seconds: Seconds,
  }),
  z.object({ ...base, type: z.literal('startShow') }),
  z.object({ ...base, type: z.literal('endShow') }),
  z.object({
    ...base,
    type: z.literal('upsertLineup'),
    products: z
      .array(LineupItem)
      .min(1)
      .max(10_000)
      .refine((items) => new Set(items.map((item) => item.sku)).size === items.length, {
        message: 'SKUs must be unique',
      }),
  }),
  z.object({
    ...base,
    type: z.literal('pinComment'),
    commentId: z.string().min(1).max(64).nullable(),
  }),
  z.object({ ...base, type: z.literal('hideComment'), commentId: z.string().min(1).max(64) }),
  z.object({ ...base, type: z.literal('muteViewer'), viewerId: z.string().min(1).max(64) }),
]);
export type Command = z.infer<typeof Command>;

export const Resume = z.object({ fromSeq: Position });
export const History = z
  .object({ fromSeq: Seq, toSeq: Seq, limit: int(1, 2000) })
  .refine((request) => request.toSeq >= request.fromSeq, { message: 'toSeq < fromSeq' });
export const Buy = z.object({ sku: Sku, qty: Qty, buyerId: z.string().min(1).max(64) });

/** Section 10: several buys in one message, each read as a `buy` payload of its own. */
export const Buys = z.object({ buys: z.array(z.unknown()).min(1).max(1000) });

export const CommentReport = z.object({
  viewerId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(64),
  text: z.string().trim().min(1).max(500),
  lang: z
    .string()
    .max(35)
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  sku: Sku.optional(),
});
export type CommentReport = z.infer<typeof CommentReport>;

export type ShowState = 'planned' | 'live' | 'ended';

export interface FlashSale {
  priceMinor: number;
  unitCap: number;
  sold: number;
  endsAt: number;
}

export interface Product extends LineupItem {
  sold: number;
  flashSale: FlashSale | null;
}

export interface Pin {
  sku: string | null;
  until: number | null;
}

export interface Snapshot {
  products: Product[];
  pin: Pin;
  viewers: number;
}

/** Section 4.2: an event without its seq and time, as the show makes it. */
export type EventBody =
  | {
      type: 'order';
      orderId: string;
      sku: string;
      qty: number;
      priceMinor: number;
      stock: number;
      sold: number;
      buyer?: string;
    }
  | { type: 'stock'; sku: string; stock: number; sold: number }
  | ({ type: 'pin' } & Pin)
  | { type: 'price'; sku: string; priceMinor: number }
  | { type: 'flashSale'; sku: string; priceMinor: number; unitCap: number; endsAt: number }
  | { type: 'flashSaleEnded'; sku: string; sold: number; reason: 'time' | 'cap' | 'show_ended' }
  | { type: 'showState'; state: ShowState }
  | { type: 'viewers'; count: number }
  | { type: 'product'; product: Product };

export type ShowEvent = EventBody & { seq: number; at: number };

export type RejectCode =
  | 'invalid'
  | 'unknown_sku'
  | 'show_ended'
  | 'show_not_live'
  | 'show_live'
  | 'sold_out'
  | 'flash_sale_active'
  | 'stock_limit'
  | 'unknown_comment'
  | 'internal';

export interface Reason {
  code: RejectCode;
  message: string;
  issues?: Issue[];
}

/** Section 7: the acknowledgement of a command. */
export type Ack =
  | { commandId: string | null; status: 'applied'; seq?: number }
  | { commandId: string | null; status: 'rejected'; reason: Reason }
  | {
      commandId: string;
      status: 'duplicate';
      original: 'applied' | 'rejected';
      reason?: Reason;
      seq?: number;
    };

export interface Comment extends CommentReport {
  id: string;
  at: number;
}

/** Section 7: one field that failed validation, its path as property names and indexes. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** zod issues as the acknowledgement's `issues` list (at most 50, paths of at most 20 parts). */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.slice(0, 20).map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message.slice(0, 500),
  }));
}

/** Section 7: the id an ack names for a malformed command, when it carries a valid one. */
export function readableCommandId(raw: unknown): string | null {
  const parsed = CommandId.safeParse((raw as { commandId?: unknown } | null)?.commandId);
  return parsed.success ? parsed.data : null;
}
