import type {
  AudienceComment,
  AudienceCounts,
  AudienceFeed,
} from '../../../../shared/model/audience';
import { shallowEqual } from '../../api/logic/picked';

/** Comments the panel keeps (the newest; older ones are in the database). */
export const FEED_KEPT = 500;

/** What the comments panel shows of the feed. */
export interface CommentFeedView {
  comments: readonly AudienceComment[];
  counts: AudienceCounts | null;
  /** Comments that arrived while held, not shown yet. */
  held: number;
}

type Listener = () => void;

/**
 * The comments panel's feed outside React: the newest comments at a readable pace (the core sends
 * at most SHOWN_PER_FEED of each feed event, see `pacedComments`) and the counts, taken a frame's
 * feed events at a time. While held (the producer reads, hovers or works in the list) new
 * comments wait, counted, so the rows hold still; the next feed after the hold ends shows them, or `showHeld` at once. Each part of the
 * view keeps its object while it is unchanged, so a panel part that picks the counts or the held
 * number renders only when that changed.
 */
export class CommentFeed {
  private view: CommentFeedView = { comments: [], counts: null, held: 0 };
  private waiting: AudienceComment[] = [];
  private holding = false;
  private readonly listeners = new Set<Listener>();

  get = (): CommentFeedView => this.view;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The recent comments, loaded when the panel opens (or the link to the core is back). */
  load(recent: readonly AudienceComment[]): void {
    this.update({ comments: recent.slice(-FEED_KEPT) });
  }

  /** Holds new comments (true) or shows them again from the next feed on (false). */
  hold(on: boolean): void {
    this.holding = on;
  }

  /** Shows the comments that wait now, held or not (the producer asked for the newest). */
  showHeld(): void {
    this.update(this.release());
  }

  /** The feed events of one animation frame, oldest first. */
  add(feeds: readonly AudienceFeed[]): void {
    if (feeds.length === 0) return;
    const counts = feeds[feeds.length - 1].counts;
    for (const feed of feeds) this.waiting.push(...feed.comments);
    if (this.waiting.length > FEED_KEPT) this.waiting = this.waiting.slice(-FEED_KEPT);
    const next: Partial<CommentFeedView> = shallowEqual(this.view.counts, counts) ? {} : { counts };
    this.update({ ...next, ...(this.holding ? { held: this.waiting.length } : this.release()) });
  }

  /** The view's change that shows what waits. */
  private release(): Partial<CommentFeedView> {
    if (this.waiting.length === 0) return { held: 0 };
    const joined = this.view.comments.concat(this.waiting);
    const comments = joined.length > FEED_KEPT ? joined.slice(-FEED_KEPT) : joined;
    this.waiting = [];
    return { comments, held: 0 };
  }

  private update(next: Partial<CommentFeedView>): void {
    const view = { ...this.view, ...next };
    if (shallowEqual(view, this.view)) return;
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}
