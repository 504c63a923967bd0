import { RecentMap } from '../../../shared/collections/recent-map';
import type { Comment } from '../../../shared/protocol';
import type { AudienceComment, AudienceCounts } from '../../../shared/model/audience';
import { pacedComments } from '../../../shared/audience/paced-comments';
import type { KeptReason, MinuteCounts } from './audience-store';
import { isQuestion } from './question-detector';
import { containsAny } from './word-filter';

/** Questions stored per minute at most (beyond: counted only). About 100 a second. */
export const QUESTIONS_KEPT_PER_MINUTE = 6000;
/** Other comments stored per minute at most: a sample. */
export const SAMPLES_KEPT_PER_MINUTE = 300;
/** Comments sampled between two feeds, of which the feed hands the panel SHOWN_PER_FEED. */
export const FEED_SAMPLE = 40;
/** Comments kept in memory at least, to act on (pin, hide, send to host) and for a panel that opens. */
export const RECENT_KEPT = 20_000;

/** Where on the run's clock (ms) a comment counts, from its server time. */
export type ClockAt = (at: number) => number;

/** A live run's clock: the server's wall clock. */
export const wallClockAt: ClockAt = (at) => at;

export interface IngestResult {
  rows: { comment: AudienceComment; kept: KeptReason }[];
  minutes: Map<number, MinuteCounts>;
}

/** A comment as the console shows it: question or not, blocked word or not. */
export function readComment(raw: Comment, blockedWords: readonly string[]): AudienceComment {
  return {
    id: raw.id,
    at: raw.at,
    viewerId: raw.viewerId,
    name: raw.name,
    text: raw.text,
    lang: raw.lang ?? null,
    sku: raw.sku ?? null,
    question: isQuestion(raw.text),
    blocked: containsAny(raw.text, blockedWords) || containsAny(raw.name, blockedWords),
  };
}

/**
 * Reads the viewers' comments as they arrive: marks questions and blocked words, decides which
 * are stored (every question up to a cap per minute, a sample of the rest, every one acted on),
 * counts them per minute of the run's clock, per second and per product's questions in the last
 * minute of the run's clock, and keeps the newest in memory with a sample for the panel's next
 * feed.
 */
export class CommentIngest {
  readonly counts: AudienceCounts = {
    received: 0,
    questions: 0,
    blocked: 0,
    perSecond: 0,
    stored: 0,
  };
  private readonly recent = new RecentMap<string, AudienceComment>(RECENT_KEPT);
  /** The sample for the next feed, and the order each of its comments arrived in. */
  private feed: AudienceComment[] = [];
  private feedOrder: number[] = [];
  private feedSeen = 0;
  private arrived = 0;
  private readonly keptInMinute = new Map<number, { questions: number; samples: number }>();
  /** Questions per product per second of the run's clock, for the last minute. */
  private readonly questionSeconds = new Map<string, Map<number, number>>();
  private secondStart = 0;
  private inSecond = 0;

  constructor(private readonly blockedWords: () => readonly string[]) {}

  /**
   * `clockAt`: the run's clock (a rehearsal's is show time), for the counts per minute, the caps
   * and the questions in the last minute; `now`: that clock now, for the comments per second.
   */
  take(comments: readonly Comment[], now: number, clockAt: ClockAt = wallClockAt): IngestResult {
    const rows: IngestResult['rows'] = [];
    const minutes = new Map<number, MinuteCounts>();
    const blocked = this.blockedWords();
    for (const raw of comments) {
      const comment = readComment(raw, blocked);
      const clockMs = clockAt(raw.at);
      const minute = Math.floor(clockMs / 60_000);
      const counts = minutes.get(minute) ?? { comments: 0, questions: 0, blocked: 0, stored: 0 };
      minutes.set(minute, counts);
      counts.comments += 1;
      this.counts.received += 1;
      if (comment.question) {
        counts.questions += 1;
        this.counts.questions += 1;
        if (comment.sku !== null) this.countQuestion(comment.sku, clockMs);
      }
      if (comment.blocked) {
        counts.blocked += 1;
        this.counts.blocked += 1;
      }
      const kept = this.keep(comment, minute);
      if (kept !== null) {
        rows.push({ comment, kept });
        counts.stored += 1;
        this.counts.stored += 1;
      }
      this.recent.set(comment.id, comment);
      this.sample(comment);
    }
    this.tick(now, comments.length);
    return { rows, minutes };
  }

  find(commentId: string): AudienceComment | undefined {
    return this.recent.get(commentId);
  }

  /** The newest comments in memory, newest last. */
  newest(limit: number): AudienceComment[] {
    return this.recent.newest(limit);
  }

  /**
   * What the next feed event hands the panel, in the order it arrived: of the sample, the
   * comments that join its list (`pacedComments`: the newest questions first), since the panel
   * shows no other; empties the sample.
   */
  takeFeed(): readonly AudienceComment[] {
    const order = this.feedOrder;
    const places = order.map((_, place) => place).sort((a, b) => order[a] - order[b]);
    const sample = places.map((place) => this.feed[place]);
    this.feed = [];
    this.feedOrder = [];
    this.feedSeen = 0;
    return pacedComments(sample);
  }

  /** Questions per product in the minute up to `now`, on the run's clock (as `take`'s). */
  questionsLastMinute(now: number): Map<string, number> {
    const from = Math.floor(now / 1000) - 59;
    const out = new Map<string, number>();
    for (const [sku, seconds] of this.questionSeconds) {
      let total = 0;
      for (const [second, count] of seconds) {
        if (second < from) seconds.delete(second);
        else total += count;
      }
      if (total > 0) out.set(sku, total);
    }
    return out;
  }

  /**
   * Per second of the run's clock (`now`, as `take`'s), over its last second or more (at 20x, a
   * feed tick's 5 show seconds); call with no comments to let it decay. It stands still while a
   * paused rehearsal's clock does.
   */
  tick(now: number, arrived = 0): void {
    const span = now - this.secondStart;
    if (span >= 1000) {
      this.counts.perSecond = Math.round((this.inSecond * 1000) / span);
      this.secondStart = now;
      this.inSecond = 0;
    }
    this.inSecond += arrived;
  }

  private keep(comment: AudienceComment, minute: number): KeptReason | null {
    const kept = this.keptInMinute.get(minute) ?? { questions: 0, samples: 0 };
    if (!this.keptInMinute.has(minute)) {
      this.keptInMinute.clear();
      this.keptInMinute.set(minute, kept);
    }
    if (comment.question && kept.questions < QUESTIONS_KEPT_PER_MINUTE) {
      kept.questions += 1;
      return 'question';
    }
    if (!comment.question && kept.samples < SAMPLES_KEPT_PER_MINUTE) {
      kept.samples += 1;
      return 'sample';
    }
    return null;
  }

  /** Reservoir sample of what arrived since the last feed, questions first. */
  private sample(comment: AudienceComment): void {
    this.feedSeen += 1;
    this.arrived += 1;
    if (this.feed.length < FEED_SAMPLE) {
      this.feed.push(comment);
      this.feedOrder.push(this.arrived);
      return;
    }
    const slot = Math.floor(Math.random() * this.feedSeen);
    if (slot >= FEED_SAMPLE) return;
    if (!comment.question && this.feed[slot].question) return;
    this.feed[slot] = comment;
    this.feedOrder[slot] = this.arrived;
  }

  private countQuestion(sku: string, clockMs: number): void {
    const seconds = this.questionSeconds.get(sku) ?? new Map<number, number>();
    this.questionSeconds.set(sku, seconds);
    const second = Math.floor(clockMs / 1000);
    seconds.set(second, (seconds.get(second) ?? 0) + 1);
  }
}
