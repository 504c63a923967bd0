import { z } from 'zod';
import { LiveCommand, RunLogKind, type CommandOutcome } from '../../../shared/model/live';
import type { RecentEvent } from '../../../shared/model/recent';
import { ServerEvent } from '../../../shared/protocol';
import { parseJson, type LogRow } from '../review/log-entry';

const CommandKind = z.enum([
  ...LiveCommand.options.map((option) => option.shape.type.value),
  'upsertLineup',
]);

const CommandEntry = z.object({ command: LiveCommand });
const OutcomeEntry = z.object({
  commandId: z.string(),
  kind: CommandKind,
  status: z.enum(['applied', 'duplicate', 'rejected', 'dropped']),
  original: z.enum(['applied', 'rejected']).optional(),
  reason: z.object({ code: z.string(), message: z.string() }).optional(),
});
const LinkEntry = z.object({ state: z.enum(['connected', 'reconnecting', 'offline', 'stale']) });

/** What a Recent events line says, without the id and time it takes from its row. */
type RecentFact = RecentEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'id' | 'at' | 'showMs'>
    : never
  : never;

function eventFact(payload: unknown): RecentFact | null {
  const parsed = ServerEvent.safeParse(payload);
  if (!parsed.success) return null;
  const event = parsed.data;
  switch (event.type) {
    case 'order':
      return event.stock === 0 ? { kind: 'soldOut', sku: event.sku } : null;
    case 'stock':
      return { kind: 'restock', sku: event.sku, stock: event.stock };
    case 'pin':
      return { kind: 'pin', sku: event.sku };
    case 'price':
      return { kind: 'price', sku: event.sku, priceMinor: event.priceMinor };
    case 'flashSale':
      return {
        kind: 'flashSale',
        sku: event.sku,
        priceMinor: event.priceMinor,
        unitCap: event.unitCap,
      };
    case 'flashSaleEnded':
      return { kind: 'flashSaleEnded', sku: event.sku, sold: event.sold, reason: event.reason };
    case 'showState':
      return { kind: 'show', state: event.state };
    case 'viewers':
    case 'product':
      return null;
    default: {
      const unknown: never = event;
      throw new Error(`unknown server event ${JSON.stringify(unknown)}`);
    }
  }
}

function outcomeFact(runId: number, payload: unknown): RecentFact | null {
  const parsed = OutcomeEntry.safeParse(payload);
  if (!parsed.success) return null;
  const { commandId, kind, status, original, reason } = parsed.data;
  const outcome: CommandOutcome = { runId, commandId, kind, status };
  if (original !== undefined) outcome.original = original;
  if (reason !== undefined) outcome.reason = reason;
  return { kind: 'outcome', outcome };
}

function factOf(runId: number, row: LogRow): RecentFact | null {
  const payload = parseJson(row.payload);
  switch (row.kind) {
    case RunLogKind.event:
      return eventFact(payload);
    case RunLogKind.command: {
      const parsed = CommandEntry.safeParse(payload);
      if (!parsed.success) return null;
      const { command } = parsed.data;
      return {
        kind: 'command',
        commandKind: command.type,
        sku: 'sku' in command ? command.sku : null,
      };
    }
    case RunLogKind.commandOutcome:
      return outcomeFact(runId, payload);
    case RunLogKind.link: {
      const parsed = LinkEntry.safeParse(payload);
      return parsed.success ? { kind: 'link', state: parsed.data.state } : null;
    }
    default:
      return null;
  }
}

/**
 * The Recent events line a run log row makes, or null for a row the producer is not shown (an
 * order that left stock, viewers, a snapshot) or one that does not parse (never trusted blindly).
 * `showMsAt` gives a rehearsal's show time of the row's moment.
 */
export function recentEntryOf(
  runId: number,
  row: LogRow,
  showMsAt: (at: number) => number | null,
): RecentEvent | null {
  const fact = factOf(runId, row);
  return fact === null ? null : { ...fact, id: row.seq, at: row.at, showMs: showMsAt(row.at) };
}
