import { z } from 'zod';
import { BuyerId, CommandId, EpochMs, Sku, Units } from './primitives';

/** The protocol addition of docs/protocol.md section 15: comments, demand and moderation. */
export const AUDIENCE_FEATURE = 'audience';

/** The characters of a comment id. */
export const COMMENT_ID_PATTERN = /^[A-Za-z0-9._:-]+$/;
/** A BCP 47 language tag's shape. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Made by the server; unique per show for the life of the show. */
export const CommentId = z.string().min(1).max(64).regex(COMMENT_ID_PATTERN);
export const ViewerName = z.string().trim().min(1).max(64);
export const CommentText = z.string().trim().min(1).max(500);
/** A BCP 47 language tag such as `zh`, `en`, `th` or `zh-CN`. */
export const LanguageTag = z.string().max(35).regex(LANGUAGE_TAG_PATTERN);

/** One viewer comment as the server relays it to consoles. */
export const Comment = z.object({
  id: CommentId,
  at: EpochMs,
  viewerId: BuyerId,
  name: ViewerName,
  text: CommentText,
  lang: LanguageTag.optional(),
  /** The product the viewer was looking at, if the platform knows it. */
  sku: Sku.optional(),
});
export type Comment = z.infer<typeof Comment>;

export const MAX_COMMENTS_PER_MESSAGE = 2000;

/** The `comments` message: comments in arrival order; each is checked on its own. */
export const CommentsMessage = z.object({
  comments: z.array(z.unknown()).min(1).max(MAX_COMMENTS_PER_MESSAGE),
});
export type CommentsMessage = { comments: Comment[] };

/** Why a viewer's attempt to buy was refused, as demand counts it. */
export const DemandReason = z.enum(['sold_out', 'flash_cap', 'show_not_live']);
export type DemandReason = z.infer<typeof DemandReason>;
export const DEMAND_REASONS: readonly DemandReason[] = DemandReason.options;

/** Refused attempts and the units they asked for. */
export const DemandCount = z.object({ attempts: Units, units: Units });
export type DemandCount = z.infer<typeof DemandCount>;

/** One product's refused attempts since the show was created, per reason (running totals). */
export const ProductDemand = z.object({
  sku: Sku,
  sold_out: DemandCount,
  flash_cap: DemandCount,
  show_not_live: DemandCount,
});
export type ProductDemand = z.infer<typeof ProductDemand>;

/** The `demand` message: the running totals of every product with a refused attempt. */
export const DemandMessage = z.object({
  at: EpochMs,
  products: z.array(ProductDemand).max(10_000),
});
export type DemandMessage = z.infer<typeof DemandMessage>;

/** A moderation command's effect, sent to every console of the show once it is applied. */
export const ModerationMessage = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pin'), commandId: CommandId, at: EpochMs, comment: Comment }),
  z.object({ action: z.literal('unpin'), commandId: CommandId, at: EpochMs }),
  z.object({ action: z.literal('hide'), commandId: CommandId, at: EpochMs, commentId: CommentId }),
  z.object({ action: z.literal('mute'), commandId: CommandId, at: EpochMs, viewerId: BuyerId }),
]);
export type ModerationMessage = z.infer<typeof ModerationMessage>;

/** The `audienceState` message, sent after every welcome on a connection with the feature. */
export const AudienceStateMessage = z.object({
  at: EpochMs,
  pinned: Comment.nullable(),
  hidden: z.array(CommentId).max(10_000),
  muted: z.array(BuyerId).max(10_000),
});
export type AudienceStateMessage = z.infer<typeof AudienceStateMessage>;

/** socket.io event names of the addition, server to console. */
export const AudienceMessage = {
  comments: 'comments',
  demand: 'demand',
  moderation: 'moderation',
  audienceState: 'audienceState',
} as const;

/** A viewer's comment as the intake receives it; the server adds `id` and `at`. */
export const CommentReport = Comment.omit({ id: true, at: true });
export type CommentReport = z.infer<typeof CommentReport>;

/** The intake's `comments` message (no ack). */
export const CommentReports = z.object({ comments: z.array(CommentReport).min(1).max(1000) });
export type CommentReports = z.infer<typeof CommentReports>;
