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

  useLayoutEffect(() => {
    if (rows.length > 0) follower.follow(scroller.current);
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
