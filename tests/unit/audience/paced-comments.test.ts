import { describe, expect, it } from 'vitest';
import { pacedComments, SHOWN_PER_FEED } from '../../../src/shared/audience/paced-comments';
import type { AudienceComment } from '../../../src/shared/model/audience';
import {
  CommentIngest,
  FEED_SAMPLE,
  readComment,
} from '../../../src/main/core/audience/comment-ingest';
import type { Comment } from '../../../src/shared/protocol';

/** A viewer's comment as the server sends it. */
const sent = (n: number, text = `comment ${n}`): Comment => ({
  id: `s-${n}`,
  at: 1_000 + n,
  viewerId: `v${n}`,
  name: `viewer ${n}`,
  text,
});

/** The comment as the console reads it: a question when it asks one. */
const comment = (n: number, question = false): AudienceComment =>
  readComment(sent(n, question ? `does comment ${n} ship to Chengdu?` : `comment ${n}`), []);

describe('the comments a feed event adds to the list', () => {
  it('are SHOWN_PER_FEED at most, the newest questions first, in the order they came', () => {
    const chatter = [1, 2, 3, 4, 5].map((n) => comment(n));
    expect(pacedComments(chatter.slice(0, SHOWN_PER_FEED))).toEqual(
      chatter.slice(0, SHOWN_PER_FEED),
    );
    expect(pacedComments(chatter, 2).map((c) => c.id)).toEqual(['s-4', 's-5']);
    const mixed = [comment(1, true), comment(2), comment(3, true), comment(4), comment(5)];
    expect(pacedComments(mixed, 2).map((c) => c.id)).toEqual(['s-1', 's-3']);
    expect(pacedComments(mixed, 3).map((c) => c.id)).toEqual(['s-1', 's-3', 's-5']);
  });

  it('are all the core sends the panel: its feed carries no comment the list would drop', () => {
    const ingest = new CommentIngest(() => []);
    const arrived = Array.from({ length: FEED_SAMPLE * 3 }, (_, index) => sent(index));
    arrived[7] = sent(7, 'does it ship to Chengdu?');
    ingest.take(arrived, 2_000);
    const feed = ingest.takeFeed();
    expect(feed).toHaveLength(SHOWN_PER_FEED);
    expect(feed[0]).toMatchObject({ id: 's-7', question: true });
    expect(feed[1].at).toBeGreaterThan(feed[0].at);
    expect(ingest.takeFeed()).toEqual([]);
  });
});
