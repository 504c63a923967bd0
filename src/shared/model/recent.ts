import type { ShowState } from '../protocol/primitives';
import type { CommandKind, CommandOutcome, LinkLogState } from './live';

/** Why a flash sale ended: its time came, its unit cap sold out, or the show ended. */
export type FlashSaleEndReason = 'time' | 'cap' | 'show_ended';

/**
 * One line of Recent events: what the run log holds of the open run, in the producer's terms.
 * `id` is the run log entry it comes from (so a page can merge what it loaded with what it is
 * sent), `at` the console's wall-clock time it was logged, `showMs` a rehearsal's show time at
 * that moment (null in a live run: its lines give the wall-clock time).
 */
export type RecentEvent = { id: number; at: number; showMs: number | null } & (
  | { kind: 'command'; commandKind: CommandKind; sku: string | null }
  | { kind: 'outcome'; outcome: CommandOutcome }
  | { kind: 'link'; state: LinkLogState }
  | { kind: 'pin'; sku: string | null }
  | { kind: 'show'; state: ShowState }
  | { kind: 'soldOut'; sku: string }
  | { kind: 'restock'; sku: string; stock: number }
  | { kind: 'price'; sku: string; priceMinor: number }
  | { kind: 'flashSale'; sku: string; priceMinor: number; unitCap: number }
  | { kind: 'flashSaleEnded'; sku: string; sold: number; reason: FlashSaleEndReason }
);

/** Recent events of one run, newest first (answer of `live.recent`, payload of its event). */
export interface RecentEvents {
  runId: number;
  entries: RecentEvent[];
}
