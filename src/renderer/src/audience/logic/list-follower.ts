/** The part of a scrolling element the follower reads and moves. */
export interface ScrollBox {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/** What the follower asks of the feed (see CommentFeed). */
export interface HeldFeed {
  hold(on: boolean): void;
  showHeld(): void;
}

/** Why the list holds still: the pointer is over it, it is scrolled back, or a row is worked on. */
export type HoldReason = 'hovered' | 'scrolledBack' | 'working';

/** How far from its end the list may be and still count as showing the newest, in px. */
export const AT_END_PX = 14;

/**
 * The comments list follows the newest (scrolled to its end as rows arrive) until the producer
 * reads it: while the pointer is over it, it is scrolled back or a comment is selected in it, the
 * feed holds new comments and the rows stay where they are. `jump` shows what waited and the
 * newest again.
 */
export class ListFollower {
  private readonly reasons: Record<HoldReason, boolean> = {
    hovered: false,
    scrolledBack: false,
    working: false,
  };

  /** Where the list was at its last scroll, to tell the producer's scroll up from a resize. */
  private lastTop = 0;

  constructor(private readonly feed: HeldFeed) {}

  /** Holds the feed for a reason, or lets go of that reason. */
  holdFor(reason: HoldReason, on: boolean): void {
    this.reasons[reason] = on;
    const { hovered, scrolledBack, working } = this.reasons;
    this.feed.hold(hovered || scrolledBack || working);
  }

  /** After the rows changed: to the end unless the producer scrolled back. */
  follow(box: ScrollBox | null): void {
    if (box !== null && !this.reasons.scrolledBack) box.scrollTop = box.scrollHeight;
  }

  /**
   * After the list scrolled (by the producer or by `follow`): scrolled back once it moved up from
   * its end, following again once it is at its end. A list that grew or shrank under a follow
   * (an alert above it took its room) is not scrolled back: the next `follow` puts it at its end.
   */
  scrolled(box: ScrollBox): void {
    const up = box.scrollTop < this.lastTop;
    this.lastTop = box.scrollTop;
    const fromEnd = box.scrollHeight - box.scrollTop - box.clientHeight;
    if (fromEnd <= AT_END_PX) this.holdFor('scrolledBack', false);
    else if (up) this.holdFor('scrolledBack', true);
  }

  /** Back to the newest: what waited shown, the list at its end and following again. */
  jump(box: ScrollBox | null): void {
    this.reasons.scrolledBack = false;
    this.holdFor('working', false);
    this.feed.showHeld();
    this.follow(box);
  }
}
