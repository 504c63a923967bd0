import { describe, expect, it } from 'vitest';
import { RecentComments } from '../../../src/sale-server/show/recent-comments';
import type { Comment } from '../../../src/shared/protocol';

const comment = (id: string): Comment => ({ id, at: 0, viewerId: 'v', name: 'n', text: 't' });

describe("a show's newest comments by id", () => {
  it('finds the newest `size` by id and forgets older ones', () => {
    const recent = new RecentComments('abc-', 3);
    for (let number = 1; number <= 5; number++) recent.add(number, comment(`abc-${number}`));
    expect(recent.find('abc-1')).toBeUndefined();
    expect(recent.find('abc-2')).toBeUndefined();
    expect(recent.find('abc-3')?.id).toBe('abc-3');
    expect(recent.find('abc-5')?.id).toBe('abc-5');
  });

  it("finds nothing for another server's id or one that is not a number", () => {
    const recent = new RecentComments('abc-', 3);
    recent.add(1, comment('abc-1'));
    for (const id of ['xyz-1', 'abc-', 'abc-1.0', 'abc-01', 'abc-1e0', 'abc--1', 'abc-4', '1'])
      expect(recent.find(id)).toBeUndefined();
    expect(recent.find('abc-1')?.id).toBe('abc-1');
  });
});
