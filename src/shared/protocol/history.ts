import { z } from 'zod';
import { Seq, SeqPosition } from './primitives';

/** The name of the history addition (docs/protocol.md section 8.1). */
export const HISTORY_FEATURE = 'history';

/** Most events one history page may carry. */
export const MAX_HISTORY_PAGE = 2000;

/** `history` request: the logged events `fromSeq`..`toSeq`, at most `limit` of them. */
export const HistoryRequest = z
  .object({
    fromSeq: Seq,
    toSeq: Seq,
    limit: z.number().int().min(1).max(MAX_HISTORY_PAGE),
  })
  .refine((request) => request.toSeq >= request.fromSeq, {
    message: 'toSeq must not be below fromSeq',
    path: ['toSeq'],
  });
export type HistoryRequest = z.infer<typeof HistoryRequest>;

export const HistoryErrorCode = z.enum(['invalid', 'unavailable', 'internal']);
export type HistoryErrorCode = z.infer<typeof HistoryErrorCode>;

/**
 * The acknowledgement of `history`: a page of events (each validated on its own by the
 * receiver), from `fromSeq` in consecutive ascending seq, or why not.
 */
export const HistoryReply = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    /** The show's last event when the page was read. */
    latestSeq: SeqPosition,
    events: z.array(z.unknown()).max(MAX_HISTORY_PAGE),
  }),
  z.object({
    status: z.literal('error'),
    code: HistoryErrorCode,
    message: z.string().max(1000),
  }),
]);
export type HistoryReply = z.infer<typeof HistoryReply>;
