import { describe, expect, it } from 'vitest';
import type { AudienceComment, AudienceFeed } from '../../../src/shared/model/audience';
import { CommentFeed, FEED_KEPT } from '../../../src/renderer/src/audience/logic/comment-feed';

const comment = (n: number): AudienceComment => ({
  id: `c${n}`,
  at: n,
  viewerId: `v${n}`,
  name: `viewer ${n}`,
  text: `comment ${n}`,
  lang: null,
  sku: null,
  question: false,
  blocked: false,
});

const counts = (received: number) => ({
  received,
  questions: 0,
  blocked: 0,
  perSecond: 4,
  stored: received,
});

const feed = (from: number, to: number, received = to): AudienceFeed => ({
  runId: 1,
  comments: Array.from({ length: to - from + 1 }, (_, index) => comment(from + index)),
  counts: counts(received),
});

const ids = (store: CommentFeed) => store.get().comments.map((c) => c.id);

describe("the comments panel's feed", () => {
  it("appends a frame's feeds in order and keeps the newest FEED_KEPT", () => {
    const store = new CommentFeed();
    store.load([comment(1), comment(2)]);
    store.add([feed(3, 4), feed(5, 5)]);
    expect(ids(store)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(store.get().counts).toEqual(counts(5));
    store.load(Array.from({ length: FEED_KEPT }, (_, index) => comment(index + 6)));
    store.add([feed(FEED_KEPT + 6, FEED_KEPT + 6)]);
    expect(store.get().comments).toHaveLength(FEED_KEPT);
    expect(ids(store).slice(0, 1).concat(ids(store).slice(-1))).toEqual([
      'c7',
      `c${FEED_KEPT + 6}`,
    ]);
  });

  it('holds new comments while the producer works in the list, counted, and shows them after', () => {
    const store = new CommentFeed();
    store.load([comment(1)]);
    store.hold(true);
    store.add([feed(2, 3)]);
    expect(ids(store)).toEqual(['c1']);
    expect(store.get().held).toBe(2);
    store.hold(false);
    // The next feed after the hold shows what waited.
    store.add([feed(4, 4)]);
    expect(ids(store)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(store.get().held).toBe(0);
  });

  it('shows what waits at once when asked, held or not', () => {
    const store = new CommentFeed();
    store.hold(true);
    store.add([feed(1, 2)]);
    expect(store.get().held).toBe(2);
    store.showHeld();
    expect(ids(store)).toEqual(['c1', 'c2']);
    expect(store.get().held).toBe(0);
    // Still held: the next ones wait again.
    store.add([feed(3, 3)]);
    expect(ids(store)).toEqual(['c1', 'c2']);
    expect(store.get().held).toBe(1);
  });

  it('tells its listeners only when something shown changed, each part keeping its object', () => {
    const store = new CommentFeed();
    let told = 0;
    store.subscribe(() => {
      told += 1;
    });
    store.add([feed(1, 1)]);
    const first = store.get();
    expect(told).toBe(1);
    // The same counts and no comments: nothing to draw.
    store.add([{ runId: 1, comments: [], counts: counts(1) }]);
    expect(told).toBe(1);
    expect(store.get()).toBe(first);
    // New counts alone: the comments keep their array.
    store.add([{ runId: 1, comments: [], counts: counts(2) }]);
    expect(told).toBe(2);
    expect(store.get().comments).toBe(first.comments);
  });
});
