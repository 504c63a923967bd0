import { describe, expect, it } from 'vitest';
import {
  AT_END_PX,
  ListFollower,
  type HeldFeed,
  type ScrollBox,
} from '../../../src/renderer/src/audience/logic/list-follower';

/** A feed that records whether it is held and how often it was asked for what waits. */
function heldFeed() {
  const seen = { held: false, shown: 0 };
  const feed: HeldFeed = {
    hold: (on) => {
      seen.held = on;
    },
    showHeld: () => {
      seen.shown += 1;
    },
  };
  return { seen, feed };
}

/** A list 10 rows high (280 px) showing `rows` rows of 28 px, scrolled to `top`, clamped. */
function box(rows: number, top = 0, clientHeight = 280): ScrollBox {
  const scrollHeight = rows * 28;
  const clamp = (value: number) => Math.max(0, Math.min(value, scrollHeight - clientHeight));
  let scrollTop = clamp(top);
  return {
    scrollHeight,
    clientHeight,
    get scrollTop() {
      return scrollTop;
    },
    set scrollTop(value: number) {
      scrollTop = clamp(value);
    },
  };
}

/** The end of a list of `rows` rows. */
const END = (rows: number) => rows * 28 - 280;

describe('the comments list following the newest', () => {
  it('scrolls to the end as rows arrive while nobody reads the list', () => {
    const { seen, feed } = heldFeed();
    const follower = new ListFollower(feed);
    const list = box(100);
    follower.follow(list);
    expect(list.scrollTop).toBe(END(100));
    follower.scrolled(list);
    expect(seen.held).toBe(false);
  });

  it('holds while the pointer is over it, scrolled back or working on a row, until all end', () => {
    const { seen, feed } = heldFeed();
    const follower = new ListFollower(feed);
    follower.holdFor('hovered', true);
    expect(seen.held).toBe(true);
    follower.scrolled(box(100, END(100)));
    const back = box(100, END(100) - AT_END_PX - 1);
    follower.scrolled(back);
    follower.holdFor('hovered', false);
    expect(seen.held).toBe(true);
    // Scrolled back, the rows stay where the producer put them.
    follower.follow(back);
    expect(back.scrollTop).toBe(END(100) - AT_END_PX - 1);
    follower.holdFor('working', true);
    follower.scrolled(box(100, END(100)));
    expect(seen.held).toBe(true);
    follower.holdFor('working', false);
    expect(seen.held).toBe(false);
  });

  it('is not scrolled back when the list grew or shrank under a follow, only when moved up', () => {
    const { seen, feed } = heldFeed();
    const follower = new ListFollower(feed);
    const list = box(8, 0, 174);
    follower.follow(list);
    follower.scrolled(list);
    // An alert above takes the list's room: farther from its end, but nobody scrolled.
    const shrunk = box(8, list.scrollTop, 125);
    follower.scrolled(shrunk);
    expect(seen.held).toBe(false);
    follower.follow(shrunk);
    expect(shrunk.scrollTop).toBe(8 * 28 - 125);
    follower.scrolled(shrunk);
    follower.scrolled(box(8, shrunk.scrollTop - 50, 125));
    expect(seen.held).toBe(true);
  });

  it('jumps back to the newest: what waits shown, at the end, following again', () => {
    const { seen, feed } = heldFeed();
    const follower = new ListFollower(feed);
    const list = box(100, END(100));
    follower.scrolled(list);
    list.scrollTop = 0;
    follower.scrolled(list);
    follower.holdFor('working', true);
    expect(seen.held).toBe(true);
    follower.jump(list);
    expect(seen).toEqual({ held: false, shown: 1 });
    expect(list.scrollTop).toBe(END(100));
    const grown = box(120, list.scrollTop);
    follower.follow(grown);
    expect(grown.scrollTop).toBe(END(120));
  });
});
