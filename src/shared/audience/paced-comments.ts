import type { AudienceComment } from '../model/audience';

/**
 * Comments of one feed event that join the comments list: a readable pace (the core sends a feed
 * event every 250 ms, so about 8 new rows a second whatever the crowd writes), questions first.
 */
export const SHOWN_PER_FEED = 2;

/**
 * The comments of one feed event that join the list: all of them up to `most`, else the newest
 * questions and then the newest others, in the order they came.
 */
export function pacedComments(
  arrived: readonly AudienceComment[],
  most: number = SHOWN_PER_FEED,
): readonly AudienceComment[] {
  if (arrived.length <= most) return arrived;
  const picked = new Set(arrived.filter((comment) => comment.question).slice(-most));
  for (let index = arrived.length - 1; index >= 0 && picked.size < most; index -= 1) {
    picked.add(arrived[index]);
  }
  return arrived.filter((comment) => picked.has(comment));
}
