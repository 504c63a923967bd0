import { describe, expect, it } from 'vitest';
import {
  clockLine,
  firstWallAt,
  showMsAt,
  type ClockAnchor,
  type ClockLine,
} from '../../../src/main/core/review/show-clock';
import { showTimeBase, showTimeText } from '../../../src/main/core/review/time-base';

const W = 1_000_000;

function anchor(
  type: ClockAnchor['type'],
  wallMs: number,
  showMs: number,
  speed: number | null = null,
): ClockAnchor {
  return { type, at: W + wallMs, showMs, speed };
}

function line(anchors: ClockAnchor[]): ClockLine {
  const built = clockLine(anchors);
  if (!built) throw new Error('no line');
  return built;
}

/** Show time at wall ms `wallMs` after W. */
const show = (clock: ClockLine, wallMs: number) => showMsAt(clock, W + wallMs);

describe('show time from a rehearsal clock anchors', () => {
  it('stands at the first anchor before it and runs linearly between clock entries', () => {
    const clock = line([
      anchor('started', 0, 0, 10),
      anchor('resumed', 500, 0),
      anchor('clock', 1_500, 10_000, 10),
      anchor('clock', 2_500, 20_000, 10),
    ]);
    expect(show(clock, -60_000)).toBe(0);
    expect(show(clock, 0)).toBe(0);
    expect(show(clock, 400)).toBe(0);
    expect(show(clock, 1_000)).toBe(5_000);
    expect(show(clock, 2_000)).toBe(15_000);
    expect(firstWallAt(clock, 15_000)).toBe(W + 2_000);
    expect(firstWallAt(clock, 0)).toBe(-Infinity);
  });

  it('follows the pace the clock kept when the machine fell behind its speed', () => {
    const clock = line([
      anchor('started', 0, 0, 20),
      anchor('resumed', 0, 0),
      anchor('clock', 2_000, 10_000, 20),
    ]);
    expect(show(clock, 1_000)).toBe(5_000);
  });

  it('stands still through a pause, and counts only the running part before it', () => {
    const clock = line([
      anchor('started', 0, 0, 10),
      anchor('resumed', 0, 0),
      anchor('clock', 1_000, 10_000, 10),
      // The last step ended at 1,500 (15 s); the console caught up until 1,800.
      anchor('paused', 1_800, 15_000),
      anchor('speed', 3_000, 15_000, 10),
      anchor('linkDropped', 4_000, 15_000),
      anchor('resumed', 9_000, 15_000),
      anchor('clock', 9_500, 20_000, 10),
    ]);
    expect(show(clock, 1_250)).toBe(12_500);
    expect(show(clock, 1_500)).toBe(15_000);
    expect(show(clock, 1_700)).toBe(15_000);
    expect(show(clock, 6_000)).toBe(15_000);
    expect(show(clock, 9_250)).toBe(17_500);
    expect(firstWallAt(clock, 15_000)).toBe(W + 1_500);
    expect(firstWallAt(clock, 15_001)).toBeCloseTo(W + 9_000.1, 6);
  });

  it('changes pace at a change of speed', () => {
    const clock = line([
      anchor('started', 0, 0, 5),
      anchor('resumed', 0, 0),
      anchor('clock', 2_000, 10_000, 5),
      anchor('speed', 2_400, 12_000, 20),
      anchor('clock', 2_800, 20_000, 20),
    ]);
    expect(show(clock, 2_200)).toBe(11_000);
    expect(show(clock, 2_600)).toBe(16_000);
    expect(firstWallAt(clock, 16_000)).toBe(W + 2_600);
  });

  it('leaves out the setup after the start, when the clock had not yet run', () => {
    const clock = line([
      anchor('started', 0, 0, 10),
      anchor('clock', 3_000, 10_000, 10),
      anchor('clock', 4_000, 20_000, 10),
    ]);
    expect(show(clock, 1_500)).toBe(0);
    expect(show(clock, 2_000)).toBe(0);
    expect(show(clock, 2_500)).toBe(5_000);
  });

  it('runs on at its pace after the last clock entry, at most to where the next was due', () => {
    const clock = line([
      anchor('started', 0, 0, 20),
      anchor('resumed', 0, 0),
      anchor('clock', 500, 10_000, 20),
      anchor('clock', 1_000, 20_000, 20),
    ]);
    expect(show(clock, 1_200)).toBe(24_000);
    expect(show(clock, 60_000)).toBe(30_000);
    expect(firstWallAt(clock, 25_000)).toBe(W + 1_250);
    expect(firstWallAt(clock, 30_001)).toBe(Infinity);
  });

  it('stands after the last anchor once stopped, and after the stop is caught up', () => {
    const clock = line([
      anchor('started', 0, 0, 10),
      anchor('resumed', 0, 0),
      anchor('clock', 1_000, 10_000, 10),
      anchor('stopped', 1_900, 14_000),
    ]);
    expect(show(clock, 1_400)).toBe(14_000);
    expect(show(clock, 1_200)).toBe(12_000);
    expect(show(clock, 9_000)).toBe(14_000);
  });

  it('leaves out anchors that go back in time, and has no line without anchors', () => {
    const clock = line([
      anchor('started', 0, 0, 10),
      anchor('resumed', 0, 0),
      anchor('clock', 1_000, 10_000, 10),
      anchor('clock', 900, 20_000, 10),
      anchor('clock', 2_000, 5_000, 10),
      anchor('clock', 2_000, 20_000, 10),
    ]);
    expect(clock.knots.map((knot) => knot.showMs)).toEqual([0, 0, 10_000, 20_000]);
    expect(clockLine([])).toBeNull();
  });
});

describe('the review clock of a rehearsal', () => {
  const clock = line([
    anchor('started', 0, 0, 20),
    anchor('resumed', 1_000, 0),
    anchor('clock', 1_500, 10_000, 20),
    anchor('paused', 2_000, 20_000),
    anchor('resumed', 7_000, 20_000),
    anchor('clock', 7_500, 30_000, 20),
  ]);
  const time = showTimeBase(clock, W);

  it('gives whole ms of show time from the start', () => {
    expect(time.clock).toEqual({ base: 'show', zeroAt: W });
    expect(time.fromWall(W + 500)).toBe(W);
    expect(time.fromWall(W + 1_250)).toBe(W + 5_000);
    expect(time.fromWall(W + 1_250.03)).toBe(W + 5_001);
  });

  it('maps a moment back to the first or the last wall ms at it', () => {
    expect(time.toWall(W + 20_000, 'first')).toBe(W + 2_000);
    expect(time.toWall(W + 20_000, 'last')).toBe(W + 7_000);
    expect(time.toWall(W, 'first')).toBe(-Infinity);
    expect(time.toWall(W, 'last')).toBe(W + 1_000);
    expect(time.toWall(W + 5_010, 'first')).toBe(W + 1_251);
    expect(time.toWall(W + 5_010, 'last')).toBe(W + 1_250);
    expect(time.toWall(W + 40_001, 'first')).toBe(Infinity);
  });

  it('is consistent: the last wall ms at a moment is on or before it, the next one after', () => {
    for (let ms = 0; ms <= 40_000; ms += 7) {
      const last = time.toWall(W + ms, 'last');
      expect(time.fromWall(last)).toBeLessThanOrEqual(W + ms);
      expect(time.fromWall(last + 1)).toBeGreaterThan(W + ms);
      const first = time.toWall(W + ms, 'first');
      if (!Number.isFinite(first)) continue;
      expect(time.fromWall(first)).toBeGreaterThanOrEqual(W + ms);
      expect(time.fromWall(first - 1)).toBeLessThan(W + ms);
    }
  });

  it('writes show time as H:MM:SS.mmm', () => {
    expect(showTimeText(0)).toBe('0:00:00.000');
    expect(showTimeText(3_723_456)).toBe('1:02:03.456');
  });
});
