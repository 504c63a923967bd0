import { z } from 'zod';
import { PriceMinor, type Language } from './lineup';
import type { LinkState, RunKind, ShowState } from './live';
import type { LiveValueName } from './placeholders';

/**
 * What is on air during a run: the talking-point queue, the cue the producer armed, the on-air
 * clock and the pinned product as the host view shows it. The core builds `OnAirState` (every
 * time in the console's clock); the producer's live screen and the host view show it, filling the
 * talking points' live values from their own live state.
 */

const Id = z.number().int().positive();

export const CueFlashSale = z.object({
  priceMinor: PriceMinor,
  unitCap: z.number().int().min(1).max(100_000_000),
  seconds: z.number().int().min(1).max(86_400),
});
export type CueFlashSale = z.infer<typeof CueFlashSale>;

/** The next step the producer prepares (input of `cue.arm`); `cue.fire` sends it in one go. */
export const CueInput = z.object({
  /** The lineup product to pin (the console's product id). */
  productId: Id,
  /** Pin for this many seconds, after which the server unpins; null pins until unpinned. */
  pinSeconds: z.number().int().min(1).max(86_400).nullable().default(null),
  /** Start a flash sale on the product right after pinning it. */
  flashSale: CueFlashSale.nullable().default(null),
  /** Make the product's first talking point not yet done the current one. */
  loadTalkingPoints: z.boolean().default(true),
});
export type CueInput = z.input<typeof CueInput>;
export type Cue = z.output<typeof CueInput>;

/** A run of text, either as written or a live value filled in. */
export interface TextPart {
  text: string;
  /** Which live value this part is; null for text as written. */
  value: LiveValueName | null;
}

export interface OnAirPoint {
  id: number;
  /** The product the point belongs to; null for a point of the whole show. */
  productId: number | null;
  plannedSeconds: number;
  done: boolean;
  /** As written in the lineup, placeholders included. */
  templateHost: string;
  templateAudience: string;
  /**
   * The product whose live values fill the placeholders: the point's own, or the pinned one for
   * a show point (null while nothing is pinned). The screens fill them from the same live row
   * their product cards read (see fillPoint), so the point and the card never show two figures.
   */
  valuesSku: string | null;
}

/** The pinned product sold out: what the host view says instead, and what comes next. */
export interface OnAirSoldOut {
  sku: string;
  nameHost: string;
  nameAudience: string;
  /** The armed cue's product, or else the next lineup slot in stock; null when none is left. */
  next: { source: 'cue' | 'slot'; nameHost: string; nameAudience: string } | null;
}

/** A flash sale on the pinned product: its terms (the units sold so far are in the live row). */
export interface OnAirFlashSale {
  priceMinor: number;
  unitCap: number;
  /** When it ends by itself (console clock). */
  endsAt: number;
}

/**
 * The pinned product as the host sees it, without the figures that move with every order (stock,
 * sold, rate, forecast, price): the screens read those from the product's live row, the one its
 * card and the talking points read, so the on-air state changes only when what is on air does.
 */
export interface OnAirProduct {
  /** The lineup product; null when the server pinned a SKU the lineup does not have. */
  productId: number | null;
  sku: string;
  nameHost: string;
  nameAudience: string;
  lowStockThreshold: number;
  /** When a timed pin ends (console clock); null for a pin without end. */
  pinnedUntil: number | null;
  flashSale: OnAirFlashSale | null;
}

/** One lineup slot: planned against actual time on air. */
export interface OnAirSlot {
  productId: number;
  sku: string;
  nameHost: string;
  nameAudience: string;
  /** Sum of the product's talking points' planned seconds. */
  plannedSeconds: number;
  /**
   * Pinned time in closed spans, in ms; add `now - pinnedSince` while it is pinned. Spans are on
   * the run's clock: the console's wall clock in a live run, show time (the rehearsal's
   * `simulatedMs`) in a rehearsal. An open span is closed at End show.
   */
  pinnedMs: number;
  /** Since when it is pinned (the run's clock, as `pinnedMs`); null when not pinned. */
  pinnedSince: number | null;
  soldOut: boolean;
  pointsDone: number;
  pointsTotal: number;
}

export interface OnAirCue extends Cue {
  sku: string;
  nameHost: string;
  nameAudience: string;
  /** Armed by the producer, or by itself when the pinned product sold out. */
  auto: boolean;
  armedAt: number;
}

export interface OnAirClock {
  /** When the show went live (the startShow acknowledgement), or else when the run started. */
  startedAt: number;
  source: 'show' | 'run';
  /** When End show was issued (console clock): the clock stands still there; null until then. */
  stoppedAt: number | null;
}

export interface OnAirState {
  runId: number;
  runKind: RunKind;
  showId: number;
  showName: string;
  hostLanguage: Language;
  audienceLanguage: Language;
  /** Increases with every state this process publishes. */
  revision: number;
  /** When this state was built (console clock). */
  at: number;
  queue: OnAirPoint[];
  current: OnAirPoint | null;
  /** What `onair.next` moves to: the first point after the current one not yet done. */
  next: OnAirPoint | null;
  followPin: boolean;
  autoArm: boolean;
  cue: OnAirCue | null;
  clock: OnAirClock;
  /** As shown: with a pending startShow or endShow applied at once. */
  showState: ShowState;
  linkState: LinkState;
  /** false until the server's first snapshot arrived for this run. */
  synced: boolean;
  pinned: OnAirProduct | null;
  /** Set while the pinned product is sold out. */
  soldOut: OnAirSoldOut | null;
  slots: OnAirSlot[];
}

/** The answer of `cue.fire`: the ids of the commands it put in the outbox, and the new state. */
export interface CueFired {
  commandIds: string[];
  state: OnAirState;
}

/** How `window.openHostView` went: the shell opened a window, or the page must open a tab. */
export type HostViewOpening = { openedBy: 'shell' } | { openedBy: 'page'; hash: string };

/** Run log kinds the on-air core writes (table run_log); the review replays them. */
export const OnAirLogKind = {
  /**
   * A talking-point change: { action: 'current', talkingPointId, fromId, reason } |
   * { action: 'done', talkingPointId } | { action: 'reorder', talkingPointIds } |
   * { action: 'add', talkingPointId, productId, point } | { action: 'followPin', on }.
   */
  talkingPoint: 'talking_point',
  /**
   * A cue change: { action: 'arm', cue } | { action: 'fire', cue, commandIds } |
   * { action: 'clear' } | { action: 'autoArm', on }.
   */
  cue: 'cue',
} as const;
export type OnAirLogKind = (typeof OnAirLogKind)[keyof typeof OnAirLogKind];

/** Why the current talking point moved (payload `reason` of a `current` entry). */
export type CurrentReason = 'next' | 'previous' | 'done' | 'goto' | 'followPin' | 'cue' | 'start';
