import type { CommentReport } from '../shared/protocol';
import { writeComment, type TalkedProduct } from '../shared/audience/comment-writer';
import { Prng } from '../shared/random/prng';

export interface CrowdCommentOptions {
  /** Comments per second over the whole crowd. */
  perSecond: number;
  /** Seed of the comment writer (same seed, same comments). */
  seed?: number;
  /** The products viewers talk about; the first one stands for the pinned product. */
  products: TalkedProduct[];
}

const TICK_MS = 50;

/**
 * Hands the crowd's comments to `send` (the intake's `comments` message, or the server's audience
 * in its own process) at a steady rate, in one batch per tick, until stopped. Returns how many it
 * sent.
 */
export function startCommentPump(
  send: (comments: CommentReport[]) => void,
  options: CrowdCommentOptions,
): { stop(): number } {
  const random = new Prng(options.seed ?? 1);
  const next = () => random.next();
  const pinned = options.products[0] ?? null;
  const start = performance.now();
  let sent = 0;
  const tick = () => {
    const due = Math.floor(((performance.now() - start) * options.perSecond) / 1000);
    const batch: CommentReport[] = [];
    while (sent < due && batch.length < 1000) {
      sent += 1;
      batch.push(writeComment(next, sent, pinned, options.products));
    }
    if (batch.length > 0) send(batch);
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return sent;
    },
  };
}
