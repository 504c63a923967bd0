import type { Namespace, Socket } from 'socket.io';
import {
  AudienceMessage,
  MAX_COMMENTS_PER_MESSAGE,
  type Comment,
  type CommentReport,
  type ModerationMessage,
} from '../../shared/protocol';
import type { Show } from '../show/show';
import type { Reporter } from './expiry';

export interface AudienceTiming {
  /** Longest a comment waits for its `comments` message, in ms. */
  commentsFlushMs: number;
  /** Least time between two `demand` messages of a show, in ms. */
  demandIntervalMs: number;
}

export function audienceRoom(showId: string): string {
  return `audience:${showId}`;
}

/**
 * The `audience` addition's unsequenced side: relays the viewers' comments to the consoles that
 * agreed to it (batched), the running demand totals (at most once per interval), and each
 * moderation command's effect once it is committed.
 */
export class AudienceHub {
  private readonly waiting = new Map<Show, Comment[]>();
  private commentsTimer: NodeJS.Timeout | null = null;
  private readonly demandDue = new Set<Show>();
  private demandTimer: NodeJS.Timeout | null = null;
  private lastDemandAt = 0;

  constructor(
    private readonly consoles: Namespace,
    private readonly timing: AudienceTiming,
    private readonly now: () => number,
    private readonly report: Reporter,
  ) {}

  /** A connection that agreed to the addition: joins its room and gets the current state. */
  join(socket: Socket, show: Show): void {
    this.flushComments();
    void socket.join(audienceRoom(show.showId));
    const at = this.now();
    socket.emit(AudienceMessage.audienceState, show.audience.state(at));
    socket.emit(AudienceMessage.demand, show.audience.demandMessage(at));
  }

  comments(show: Show, reports: readonly CommentReport[]): void {
    const at = this.now();
    let list = this.waiting.get(show);
    for (const report of reports) {
      const comment = show.audience.accept(report, at);
      if (comment === null) continue;
      if (!list) {
        list = [];
        this.waiting.set(show, list);
      }
      list.push(comment);
    }
    if (this.waiting.size > 0) {
      this.commentsTimer ??= setTimeout(() => this.flushComments(), this.timing.commentsFlushMs);
    }
  }

  moderated(show: Show, message: ModerationMessage): void {
    this.flushComments();
    this.consoles.to(audienceRoom(show.showId)).emit(AudienceMessage.moderation, message);
  }

  /** Refused attempts changed: the totals go out within the interval. */
  demandChanged(show: Show): void {
    this.demandDue.add(show);
    if (this.demandTimer !== null) return;
    const wait = Math.max(0, this.lastDemandAt + this.timing.demandIntervalMs - this.now());
    this.demandTimer = setTimeout(() => this.flushDemand(), wait);
  }

  flushComments(): void {
    if (this.commentsTimer !== null) clearTimeout(this.commentsTimer);
    this.commentsTimer = null;
    for (const [show, list] of this.waiting) {
      const room = this.consoles.to(audienceRoom(show.showId));
      for (let i = 0; i < list.length; i += MAX_COMMENTS_PER_MESSAGE) {
        room.emit(AudienceMessage.comments, {
          comments: list.slice(i, i + MAX_COMMENTS_PER_MESSAGE),
        });
      }
    }
    this.waiting.clear();
  }

  flushDemand(): void {
    if (this.demandTimer !== null) clearTimeout(this.demandTimer);
    this.demandTimer = null;
    this.lastDemandAt = this.now();
    for (const show of this.demandDue) {
      try {
        const message = show.audience.demandMessage(this.lastDemandAt);
        this.consoles.to(audienceRoom(show.showId)).emit(AudienceMessage.demand, message);
      } catch (error) {
        this.report(error, `demand of show ${show.showId}`);
      }
    }
    this.demandDue.clear();
  }

  close(): void {
    this.flushComments();
    this.flushDemand();
  }
}
