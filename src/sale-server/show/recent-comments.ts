import type { Comment } from '../../shared/protocol';

/**
 * The newest comments a show gave an id, found by that id: a ring of `size` slots indexed by the
 * id's number (`${prefix}${number}`, numbered from 1 in arrival order), so that remembering one
 * is a store into an array, not a hash of a new string key into a map that grows and is replaced
 * (at 40,000 comments a second, a 20x rehearsal's crowd, that was the server's largest cost per
 * comment).
 */
export class RecentComments {
  private readonly ring: (Comment | undefined)[];

  constructor(
    private readonly prefix: string,
    private readonly size: number,
  ) {
    this.ring = new Array<Comment | undefined>(size);
  }

  /** Remembers the comment numbered `number` (its id is `${prefix}${number}`). */
  add(number: number, comment: Comment): void {
    this.ring[number % this.size] = comment;
  }

  /** The comment with this id while it is among the newest `size`, else undefined. */
  find(id: string): Comment | undefined {
    if (!id.startsWith(this.prefix)) return undefined;
    const number = Number(id.slice(this.prefix.length));
    if (!Number.isSafeInteger(number) || number < 1) return undefined;
    const comment = this.ring[number % this.size];
    return comment?.id === id ? comment : undefined;
  }
}
