/** What to do with an incoming event, given the last seq the console applied. */
export type SeqVerdict = 'apply' | 'duplicate' | 'gap';

export function classifySeq(lastApplied: number, seq: number): SeqVerdict {
  if (seq <= lastApplied) return 'duplicate';
  return seq === lastApplied + 1 ? 'apply' : 'gap';
}

export interface SeqGap {
  /** The seq the console needed next. */
  expected: number;
  /** The seq that arrived instead. */
  received: number;
}

export interface BatchPlan<E> {
  /** Consecutive events to apply, in order. */
  apply: E[];
  duplicates: E[];
  /** The first gap; events from the gap on are in neither list (resume from the last applied). */
  gap: SeqGap | null;
}

/** Splits a batch into the events to apply in order, the duplicates, and the first gap. */
export function planBatch<E extends { seq: number }>(
  lastApplied: number,
  events: readonly E[],
): BatchPlan<E> {
  const plan: BatchPlan<E> = { apply: [], duplicates: [], gap: null };
  let last = lastApplied;
  for (const event of events) {
    const verdict = classifySeq(last, event.seq);
    switch (verdict) {
      case 'apply':
        plan.apply.push(event);
        last = event.seq;
        break;
      case 'duplicate':
        plan.duplicates.push(event);
        break;
      case 'gap':
        plan.gap = { expected: last + 1, received: event.seq };
        return plan;
      default: {
        const unreachable: never = verdict;
        throw new Error(`unknown verdict ${String(unreachable)}`);
      }
    }
  }
  return plan;
}

/**
 * Holds the last applied seq of one show. Advance it only once the applied events are stored,
 * so that what it says and what is journaled never differ.
 */
export class SequenceTracker {
  private last: number;

  constructor(lastApplied = 0) {
    if (!Number.isInteger(lastApplied) || lastApplied < 0) {
      throw new RangeError(`invalid last applied seq ${lastApplied}`);
    }
    this.last = lastApplied;
  }

  get lastApplied(): number {
    return this.last;
  }

  classify(seq: number): SeqVerdict {
    return classifySeq(this.last, seq);
  }

  plan<E extends { seq: number }>(events: readonly E[]): BatchPlan<E> {
    return planBatch(this.last, events);
  }

  /** Records that every event up to `seq` is applied; `seq` must move forward. */
  advanceTo(seq: number): void {
    if (!Number.isInteger(seq) || seq <= this.last) {
      throw new RangeError(`seq ${seq} does not move past ${this.last}`);
    }
    this.last = seq;
  }

  /** After a snapshot: the state now stands at `seq`, whatever came before. */
  reset(seq: number): void {
    if (!Number.isInteger(seq) || seq < 0) throw new RangeError(`invalid seq ${seq}`);
    this.last = seq;
  }
}
