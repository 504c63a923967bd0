import { z } from 'zod';
import { CommentId } from '../protocol/audience';
import type { HandshakeErrorCode } from '../protocol/handshake';
import { BuyerId } from '../protocol/primitives';
import { PriceMinor, Sku, type Currency } from './lineup';

/**
 * The live side of the console: runs, the link to the sale server, the live state of a show as
 * the server reports it, and the commands the producer sends. Shared by the core (which builds
 * these values) and the renderer (which shows them). Money is in minor units, times are epoch
 * milliseconds of the console's clock unless a field says otherwise.
 */

export const RunKind = z.enum(['live', 'rehearsal']);
export type RunKind = z.infer<typeof RunKind>;

/**
 * A sale server's address: http(s)://host[:port] with no path, query or fragment (socket.io would
 * read a path as a namespace). Parsed with URL, never by substring; the value becomes the origin.
 */
export const ServerUrl = z
  .string()
  .trim()
  .min(1, 'server_address_empty')
  .max(2000)
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'server_address_invalid' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      context.addIssue({
        code: 'custom',
        message: 'server_address_scheme',
      });
      return z.NEVER;
    }
    if (
      url.pathname !== '/' ||
      url.search !== '' ||
      url.hash !== '' ||
      url.username !== '' ||
      url.password !== ''
    ) {
      context.addIssue({ code: 'custom', message: 'server_address_extra' });
      return z.NEVER;
    }
    return url.origin;
  });

/** The show token the sale server gave for this show. */
export const ServerToken = z.string().min(1, 'token_empty').max(500);

const Seconds = z.number().int().min(1).max(86_400);
const Units = z.number().int().min(1).max(100_000_000);

/**
 * A command the producer sends to the sale server (input of `live.command`). The core gives it a
 * command id, commits it to the outbox, and sends it until the server acknowledges it.
 */
export const LiveCommand = z.discriminatedUnion('type', [
  /** Pin a product; with `seconds`, it unpins by itself after that long. */
  z.object({ type: z.literal('pin'), sku: Sku, seconds: Seconds.optional() }),
  z.object({ type: z.literal('unpin') }),
  /** Add `units` to the product's stock. */
  z.object({ type: z.literal('restock'), sku: Sku, units: Units }),
  z.object({ type: z.literal('setPrice'), sku: Sku, priceMinor: PriceMinor }),
  /** Sell at `priceMinor` for `seconds`, at most `unitCap` units; the server ends it by itself. */
  z.object({
    type: z.literal('flashSale'),
    sku: Sku,
    priceMinor: PriceMinor,
    unitCap: Units,
    seconds: Seconds,
  }),
  z.object({ type: z.literal('startShow') }),
  z.object({ type: z.literal('endShow') }),
  /** Pin a viewer's comment for the viewers; null unpins (feature `audience`). */
  z.object({ type: z.literal('pinComment'), commentId: CommentId.nullable() }),
  z.object({ type: z.literal('hideComment'), commentId: CommentId }),
  /** Drop the viewer's later comments for the rest of the show. */
  z.object({ type: z.literal('muteViewer'), viewerId: BuyerId }),
]);
export type LiveCommand = z.infer<typeof LiveCommand>;

/** Every kind of command the outbox carries: the producer's, and the lineup upload. */
export type CommandKind = LiveCommand['type'] | 'upsertLineup';

export type ShowState = 'planned' | 'live' | 'ended';

/** A run: one live show or one rehearsal, everything the console records hangs off it. */
export interface LiveRun {
  id: number;
  /** The local show (lineup) it runs. */
  showId: number;
  kind: RunKind;
  name: string;
  startedAt: number;
  /** null while the run is open. */
  endedAt: number | null;
  serverUrl: string;
  /** The show's id on the sale server. */
  serverShowId: string;
}

/**
 * connected: the server welcomed the console and events flow.
 * reconnecting: the console is trying to (re)connect, with backoff, forever.
 * offline: the console is not trying (the producer disconnected the link).
 */
export type LinkState = 'connected' | 'reconnecting' | 'offline';

/**
 * The states a run log `link` entry records: a link state, or `stale` (connected, but nothing
 * came from the server for more than 2 s: its figures are not current).
 */
export type LinkLogState = LinkState | 'stale';

/**
 * Why the link's last attempt failed or dropped, as a code with its parameters so that the UI can
 * say it in its own language (LinkStatus.lastError says the same in English). refused: the server
 * refused the handshake (with its code and message); unreachable: no connection could be made;
 * disconnected: an open connection dropped (socket.io's reason); no_welcome / invalid_welcome:
 * the server's first message did not come in time or was not valid; internal: the console failed;
 * server_behind: the server has fewer events than the console applied (it lost data), so the
 * link was stopped and nothing from it adopted; no_snapshot: a snapshot the console was due did
 * not come within `waitedMs`, so it connects again; no_answer: nothing came for `silentMs`, a
 * `clock` probe unanswered, so the console dropped the connection as dead and connects again. After `refused` with bad_token, bad_version or
 * unknown_show, and after server_behind, the link is stopped (offline) until a person reconnects.
 */
export type LinkErrorReason =
  | { code: 'refused'; params: { refusal: HandshakeErrorCode; message: string } }
  | { code: 'unreachable'; params: { message: string } }
  | { code: 'disconnected'; params: { reason: string } }
  | { code: 'no_welcome'; params: Record<string, never> }
  | { code: 'invalid_welcome'; params: Record<string, never> }
  | { code: 'internal'; params: { message: string } }
  | { code: 'server_behind'; params: { serverSeq: number; consoleSeq: number } }
  | { code: 'no_snapshot'; params: { waitedMs: number } }
  | { code: 'no_answer'; params: { silentMs: number } };
export type LinkErrorCode = LinkErrorReason['code'];

export interface LinkStatus {
  runId: number;
  state: LinkState;
  /**
   * Connected, but nothing (event, heartbeat, reply) came from the server for more than 2 s:
   * the figures are not current. Always false unless `state` is connected.
   */
  stale: boolean;
  /** Milliseconds since the last message from the server arrived; null before the first one. */
  lastEventAgeMs: number | null;
  /** Commands in the outbox not yet acknowledged. */
  commandsPending: number;
  /** Of those, the ones waiting longer than 2 s for their acknowledgement. */
  commandsOverdue: number;
  /**
   * Server events applied per second over the last second of server time (their `at`), the
   * window the units-per-second figures use: it settles within a second of a burst's start.
   */
  eventsPerSecond: number;
  /** Server clock minus console clock, in ms; null until measured. */
  clockOffsetMs: number | null;
  /** The last event seq applied (and stored). */
  lastSeq: number;
  /** Why the last connection attempt failed or dropped (for example `bad_token: ...`). */
  lastError: string | null;
  /** The same as a code with parameters, for the UI's own text; null when lastError is. */
  lastErrorReason: LinkErrorReason | null;
  /**
   * While reconnecting after a failed attempt or a drop: how long the link waits before its next
   * attempt (0 for the first, then at most 250 ms: docs/protocol.md section 3); null otherwise.
   */
  retryInMs: number | null;
  /** Inbound messages rejected at the boundary since the run was opened in this process. */
  protocolErrors: number;
  /**
   * Server events the run log lacks (skipped by a snapshot); 0 when it holds every seq from 1 to
   * the last applied.
   */
  logMissing: number;
  /** Whether the missing events are being fetched from the server's ledger now. */
  logFilling: boolean;
}

/** A sell-out forecast's range: at the measured rate plus and minus its spread. */
export interface SellOutRange {
  lowSeconds: number;
  /** null when the slower rate is about zero: no upper bound. */
  highSeconds: number | null;
}

export interface FlashSaleView {
  priceMinor: number;
  unitCap: number;
  /** Units sold at the flash price so far. */
  sold: number;
  /** Server time when it ends by itself. */
  endsAt: number;
}

/** A command in the outbox that the server has not acknowledged yet. */
export interface PendingCommand {
  commandId: string;
  kind: CommandKind;
  /** The producer's command as given (null for the lineup upload). */
  command: LiveCommand | null;
  createdAt: number;
  /** How many times it was sent so far. */
  attempts: number;
}

/** What the screen should show: the server's figures with the pending commands applied on top. */
export interface ProductDisplay {
  stock: number;
  priceMinor: number;
  pinned: boolean;
  /** The flash sale running or pending (a pending one has `sold` 0). */
  flashSale: FlashSaleView | null;
}

export interface LiveProduct {
  sku: string;
  name: string;
  currency: Currency;
  /** Confirmed by the server: */
  priceMinor: number;
  stock: number;
  sold: number;
  revenueMinor: number;
  flashSale: FlashSaleView | null;
  pinned: boolean;
  /**
   * Units sold per second over the last second of server time (the orders' `at`); 0 at once when
   * sold out; null (unknown) while the link is down or stale or before the first snapshot.
   */
  unitsPerSecond: number | null;
  /**
   * Seconds until stock reaches zero at that rate; 0 when sold out; null when unknown, not
   * selling, or not meaningful (neither pinned nor in a flash sale).
   */
  sellOutSeconds: number | null;
  /** How sure the forecast is: the range the rate's spread gives (null with no forecast). */
  sellOutRange: SellOutRange | null;
  /** Server time of the event that took stock to zero (null while in stock). */
  soldOutAt: number | null;
  /** Server time the product was first pinned in this run. */
  firstPinnedAt: number | null;
  /** Pending commands that touch this product, oldest first; show them as pending. */
  pendingCommandIds: string[];
  /** Equal to the confirmed figures when nothing is pending. */
  display: ProductDisplay;
}

export interface LivePin {
  sku: string | null;
  /** Server time when a timed pin ends; null for a pin without end. */
  until: number | null;
}

export interface LiveState {
  run: LiveRun;
  link: LinkStatus;
  /** Increases with every change; `live.state` deltas carry the revision they bring you to. */
  revision: number;
  /** Confirmed by the server: */
  showState: ShowState;
  pin: LivePin;
  viewers: number;
  /** With pending commands applied on top (startShow, endShow, pin, unpin). */
  displayShowState: ShowState;
  displayPin: LivePin;
  /** The server's products in lineup order. */
  products: LiveProduct[];
  pending: PendingCommand[];
  /** false until the server's first snapshot arrived for this run. */
  synced: boolean;
}

/** The top-level fields every delta repeats in full. */
export type LiveHeader = Omit<LiveState, 'products'>;

/**
 * The `live.state` event, at most about 20 a second in total.
 * - `full`: replace what you hold (a run opened, resumed, ended: then `state` is null).
 * - `delta`: the header in full and only the products that changed (whole objects, matched by
 *   sku). Apply it when its `run.id` is yours and its revision is past yours; if its
 *   `baseRevision` is not the revision you hold, some delta was missed: call `live.state` again.
 */
export type LiveStateEvent =
  | { type: 'full'; state: LiveState | null }
  | { type: 'delta'; baseRevision: number; header: LiveHeader; products: LiveProduct[] };

/**
 * `dropped`: the producer dropped the command when ending the run (the server never answered;
 * its reason, code dropped_at_end, says whether it was ever sent).
 */
export type CommandStatus = 'applied' | 'duplicate' | 'rejected' | 'dropped';

/**
 * What becomes of the commands still waiting for the server when the producer ends the run:
 * 'send' — the run ends once the server answered them (the link must be up); 'drop' — they are
 * settled unsent, each with the status `dropped` (reason code dropped_at_end).
 */
export const PendingChoice = z.enum(['send', 'drop']);
export type PendingChoice = z.infer<typeof PendingChoice>;

/** Why the server rejected a command: a code (one text per code in the UI) and its message. */
export interface CommandReason {
  code: string;
  message: string;
}

/**
 * The server's acknowledgement of a command, once it is stored. `duplicate` means the server had
 * already seen this command id (the console resent it): `original` tells what happened then, and
 * the command took effect exactly once if `original` is `applied`.
 */
export interface CommandOutcome {
  runId: number;
  commandId: string;
  kind: CommandKind;
  status: CommandStatus;
  original?: 'applied' | 'rejected';
  reason?: CommandReason;
}

/** Kinds of run log entries (table run_log, payload JSON). */
export const RunLogKind = {
  runStarted: 'run_started',
  runResumed: 'run_resumed',
  runEnded: 'run_ended',
  /** A command committed to the outbox: { commandId, command }. */
  command: 'command',
  /** Its acknowledgement: { commandId, kind, status, original?, reason?, seq? }. */
  commandOutcome: 'command_outcome',
  /** One applied server event, as received (payload is the event, with `type` and `seq`). */
  event: 'event',
  /** A snapshot applied in place of events: { reason, message }. */
  snapshot: 'snapshot',
  /** An inbound message rejected at the boundary: { reason, message, detail?, copy }. */
  protocolError: 'protocol_error',
  /** The link went up, down or stale: { state: LinkLogState, reason? }. */
  link: 'link',
  /**
   * The producer ended the run with commands still unanswered: { choice: PendingChoice,
   * commandIds } (each dropped one also gets its command_outcome, status dropped).
   */
  pendingAtEnd: 'pending_at_end',
} as const;
export type RunLogKind = (typeof RunLogKind)[keyof typeof RunLogKind];
