import { describe, expect, it } from 'vitest';
import { SequenceTracker, classifySeq, planBatch } from '../../../src/shared/protocol';

const events = (...seqs: number[]) => seqs.map((seq) => ({ seq }));

describe('sequence tracking', () => {
  it('classifies the next seq as apply, an old one as duplicate and a later one as a gap', () => {
    expect(classifySeq(0, 1)).toBe('apply');
    expect(classifySeq(5, 6)).toBe('apply');
    expect(classifySeq(5, 5)).toBe('duplicate');
    expect(classifySeq(5, 2)).toBe('duplicate');
    expect(classifySeq(5, 7)).toBe('gap');
  });

  it('plans a batch: applies the consecutive run, sets duplicates aside, stops at a gap', () => {
    expect(planBatch(3, events(2, 3, 4, 5, 4, 6, 9, 10))).toEqual({
      apply: events(4, 5, 6),
      duplicates: events(2, 3, 4),
      gap: { expected: 7, received: 9 },
    });
    expect(planBatch(0, events(1, 2))).toEqual({ apply: events(1, 2), duplicates: [], gap: null });
    expect(planBatch(0, events(2))).toEqual({
      apply: [],
      duplicates: [],
      gap: { expected: 1, received: 2 },
    });
  });

  it('moves the tracker only forward, and resets it to a snapshot', () => {
    const tracker = new SequenceTracker(10);
    expect(tracker.classify(11)).toBe('apply');
    expect(tracker.plan(events(11, 12)).apply).toEqual(events(11, 12));
    tracker.advanceTo(12);
    expect(tracker.lastApplied).toBe(12);
    expect(() => tracker.advanceTo(12)).toThrow(RangeError);
    expect(tracker.classify(12)).toBe('duplicate');
    tracker.reset(500);
    expect(tracker.classify(501)).toBe('apply');
    expect(() => new SequenceTracker(-1)).toThrow(RangeError);
  });
});
