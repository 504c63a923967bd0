import { z } from 'zod';
import { Currency, PriceMinor, Sku } from '../model/lineup';

export { Currency, PriceMinor, Sku };

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A platform's show id: letters, digits, dot, dash, underscore, colon. */
export const ShowId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'show_id_characters');

/** A console's own id, chosen by the console (a UUID is fine). */
export const ConsoleId = z.string().min(1).max(100);

/** A command id made by the console; the server applies an id once only. */
export const CommandId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'command_id_characters');

/** A per-show event sequence number: the first event of a show is 1, with no gaps after. */
export const Seq = z.number().int().min(1).max(MAX_SAFE);
/** A position in the sequence: 0 means before the first event. */
export const SeqPosition = z.number().int().min(0).max(MAX_SAFE);

/** Milliseconds since the Unix epoch (UTC), as Date.now() gives them. */
export const EpochMs = z.number().int().min(0).max(8_640_000_000_000_000);

export const MAX_STOCK = 1_000_000_000;
/** Units in stock or sold. */
export const Units = z.number().int().min(0).max(MAX_STOCK);
/** A positive number of units (restock, flash sale cap). */
export const PositiveUnits = z.number().int().min(1).max(100_000_000);
/** Seconds for a timed pin or a flash sale: one second to one day. */
export const DurationSeconds = z.number().int().min(1).max(86_400);
/** Units a viewer buys in one order. */
export const OrderQty = z.number().int().min(1).max(1000);

export const ProductName = z.string().trim().min(1).max(120);
export const OrderId = z.string().min(1).max(64);
export const BuyerId = z.string().min(1).max(64);

export const ShowState = z.enum(['planned', 'live', 'ended']);
export type ShowState = z.infer<typeof ShowState>;
