import { z } from 'zod';
import { CommentId } from '../protocol/audience';
import { BuyerId } from '../protocol/primitives';

/**
 * The audience side of an open run: the viewers' comments as the producer's panel and the host
 * view show them, the moderation state, the question sent to the host, prompter alerts and the
 * show's audience settings (blocked words, keywords, alert thresholds). Built by the core from
 * the sale server's `audience` addition (docs/protocol.md section 15).
 */

const Id = z.number().int().positive();
const Word = z.string().trim().min(1).max(40);

/** When each prompter alert fires; kept per show. */
export const AlertThresholds = z.object({
  /** The pinned product sold out within this many seconds of being pinned. */
  fastSellOutSeconds: z.number().int().min(1).max(3600),
  /** The pinned slot ran this many seconds past its planned time. */
  slotOverrunSeconds: z.number().int().min(0).max(3600),
  /** Viewers fell by more than this percentage within a minute. */
  viewerDropPercent: z.number().int().min(1).max(100),
  /** Refused attempts on one sold-out product reached this many. */
  refusedAttempts: z.number().int().min(1).max(1_000_000_000),
  /** Questions about one product within the last minute reached this many. */
  questionsPerMinute: z.number().int().min(1).max(100_000),
  /** Least time between two new alerts, in seconds. */
  minGapSeconds: z.number().int().min(1).max(600),
});
export type AlertThresholds = z.infer<typeof AlertThresholds>;

export const AudienceSettings = z.object({
  /** Comments containing one of these never reach the host view and are marked on the console. */
  blockedWords: z.array(Word).max(500),
  /** The producer's keyword filter. */
  keywords: z.array(Word).max(50),
  alerts: AlertThresholds,
  /** Show the newest alert as one line on the host view too. */
  alertsOnHostView: z.boolean(),
});
export type AudienceSettings = z.infer<typeof AudienceSettings>;

export const DEFAULT_AUDIENCE_SETTINGS: AudienceSettings = {
  blockedWords: ['wx', '加V', '骗子', 'scam', 'spam.example', '假货'],
  keywords: [],
  alerts: {
    fastSellOutSeconds: 60,
    slotOverrunSeconds: 30,
    viewerDropPercent: 20,
    refusedAttempts: 500,
    questionsPerMinute: 30,
    minGapSeconds: 5,
  },
  alertsOnHostView: true,
};

/** One comment as the console shows it. */
export interface AudienceComment {
  id: string;
  /** Server time it was received. */
  at: number;
  viewerId: string;
  name: string;
  text: string;
  lang: string | null;
  sku: string | null;
  question: boolean;
  /** Contains a blocked word: never shown on the host view. */
  blocked: boolean;
}

export type AlertKind =
  'fastSellOut' | 'slotOverrun' | 'viewerDrop' | 'refusedAttempts' | 'questionPileUp';

/** A prompter alert: the kind and its figures; the UI words it in its own language. */
export interface PromptAlert {
  id: number;
  kind: AlertKind;
  /** When it came out, on the run's clock (show time in a rehearsal). */
  at: number;
  sku: string | null;
  /** fastSellOut: seconds; slotOverrun: seconds over; viewerDrop: percent, from, to; ... */
  figures: Record<string, number>;
}

/** Counts since the run opened (the panel shows them beside its sample). */
export interface AudienceCounts {
  received: number;
  questions: number;
  blocked: number;
  /** Comments per second of the run's clock (show time in a rehearsal), over its last second. */
  perSecond: number;
  /** Comments stored in the database (the rest are counted per minute only). */
  stored: number;
}

export interface HostQuestion {
  comment: AudienceComment;
  sentAt: number;
}

export interface AudienceState {
  runId: number;
  showId: number;
  /** The server agreed to the `audience` addition on the current connection. */
  available: boolean;
  pinned: AudienceComment | null;
  hostQuestion: HostQuestion | null;
  /** Undismissed alerts, newest first. */
  alerts: PromptAlert[];
  /** The newest alert, for the host view's line (when the settings allow it). */
  hostAlert: PromptAlert | null;
  muted: string[];
  hidden: string[];
  counts: AudienceCounts;
  settings: AudienceSettings;
}

/**
 * The comments that join the panel's list since the last feed event (at most SHOWN_PER_FEED of
 * a sample, questions first: see `pacedComments`), with the counts.
 */
export interface AudienceFeed {
  runId: number;
  comments: readonly AudienceComment[];
  counts: AudienceCounts;
}

export const ModerationInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pin'), commentId: CommentId }),
  z.object({ action: z.literal('unpin') }),
  z.object({ action: z.literal('hide'), commentId: CommentId }),
  z.object({ action: z.literal('mute'), viewerId: BuyerId }),
]);
export type ModerationInput = z.infer<typeof ModerationInput>;

export const audienceInputs = {
  /** The open run's audience state, or null when no run is open. */
  'audience.state': z.object({}),
  /** The newest comments the console keeps in memory (up to 500), newest last. */
  'audience.recent': z.object({}),
  /** Pin, unpin, hide or mute through the outbox (applied once by the server). */
  'audience.moderate': z.object({ moderation: ModerationInput }),
  /** Shows the comment large on the host view until `audience.hostDone`. */
  'audience.sendToHost': z.object({ commentId: CommentId }),
  'audience.hostDone': z.object({}),
  'audience.dismissAlert': z.object({ alertId: z.number().int().positive() }),
  'audience.settings': z.object({ showId: Id }),
  'audience.setSettings': z.object({ showId: Id, settings: AudienceSettings }),
} satisfies Record<string, z.ZodType>;

export interface AudienceApiResults {
  'audience.state': AudienceState | null;
  'audience.recent': AudienceComment[];
  'audience.moderate': { commandId: string };
  'audience.sendToHost': AudienceState;
  'audience.hostDone': AudienceState;
  'audience.dismissAlert': AudienceState;
  'audience.settings': AudienceSettings;
  'audience.setSettings': AudienceSettings;
}

export interface AudienceApiEvents {
  /** New comments (sampled, at most a few times a second) and the counts. */
  'audience.feed': AudienceFeed;
  /** The audience state after each change (moderation, host question, alerts, settings). */
  'audience.state': AudienceState | null;
}
