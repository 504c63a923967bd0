import type { CommentReport } from '../../../../shared/protocol';
import { writeComment, type TalkedProduct } from '../../../../shared/audience/comment-writer';
import { Prng } from '../../../../shared/random/prng';

/** Viewers per comment a second: 9 million viewers write about 2,000 comments a second. */
export const VIEWERS_PER_COMMENT_PER_SECOND = 4500;
export const MAX_COMMENTS_PER_SECOND = 2000;

/** Comments a second an audience of `viewers` writes. */
export function commentsPerSecond(viewers: number): number {
  return Math.min(MAX_COMMENTS_PER_SECOND, viewers / VIEWERS_PER_COMMENT_PER_SECOND);
}

/**
 * The rehearsal crowd's comments: as many a second as the audience size says (up to 2,000),
 * written from their own seeded generator so that a seed gives the same comments every time.
 */
export class CommentCrowd {
  private readonly random: Prng;
  private carry = 0;
  private written = 0;

  constructor(seed: number) {
    this.random = new Prng(seed ^ 0x5eed_c0de);
  }

  /** The comments of `dtMs` of show at `perSecond` a second (at most 2,000). */
  step(
    dtMs: number,
    perSecond: number,
    pinnedSku: string | null,
    products: readonly TalkedProduct[],
  ): CommentReport[] {
    const due = this.carry + (Math.min(MAX_COMMENTS_PER_SECOND, perSecond) * dtMs) / 1000;
    const count = Math.floor(due);
    this.carry = due - count;
    const pinned = products.find((product) => product.sku === pinnedSku) ?? null;
    const next = () => this.random.next();
    const comments: CommentReport[] = [];
    for (let i = 0; i < count; i++) {
      this.written += 1;
      comments.push(writeComment(next, this.written, pinned, products));
    }
    return comments;
  }
}
