import { useCallback, useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';
import type { CommentFeed } from './logic/comment-feed';
import { ListFollower } from './logic/list-follower';

/**
 * The comments list following the newest until the producer reads it (see ListFollower): the
 * list's handlers, `holdFor` for a selected comment, and `jump` back to the newest.
 */
export function useFollowNewest(
  feed: CommentFeed,
  scroller: RefObject<HTMLDivElement | null>,
  rows: readonly unknown[],
  /** The list's height: a list that grew or shrank under the newest follows it again. */
  height: number,
) {
  const [follower] = useState(() => new ListFollower(feed));

  // The list goes to its end at the start of the next frame, not in this commit: the rows were
  // just written, and a scroll written now would lay the page out a second time in this frame.
  // Asked for from the commit (an animation callback), it runs before the next frame's updates.
  useLayoutEffect(() => {
    if (rows.length === 0) return;
    const frame = requestAnimationFrame(() => follower.follow(scroller.current));
    return () => cancelAnimationFrame(frame);
  }, [follower, scroller, rows, height]);

  const jump = useCallback(() => follower.jump(scroller.current), [follower, scroller]);
  const holdFor = useCallback(
    (reason: 'working', on: boolean) => follower.holdFor(reason, on),
    [follower],
  );

  return {
    holdFor,
    jump,
    listProps: {
      onScroll: (event: UIEvent<HTMLDivElement>) => follower.scrolled(event.currentTarget),
      onPointerEnter: () => follower.holdFor('hovered', true),
      onPointerLeave: () => follower.holdFor('hovered', false),
    },
  };
}
