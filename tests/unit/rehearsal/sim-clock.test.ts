import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../src/main/core/rehearsal/sim-clock';

function fakeWall(): { now: () => number; advance: (ms: number) => void } {
  let wall = 1_000_000;
  return { now: () => wall, advance: (ms) => (wall += ms) };
}

describe('SimClock', () => {
  it('schedules show time at its speed and measures the speed it reached', () => {
    const wall = fakeWall();
    const clock = new SimClock(20, wall.now);
    expect(clock.delayUntil(200)).toBe(10);
    for (let step = 0; step < 100; step++) {
      wall.advance(10);
      clock.advance(200);
    }
    expect(clock.simulatedMs).toBe(20_000);
    expect(clock.effectiveSpeed()).toBe(20);
  });

  it('re-anchors on a speed change, and gives up a backlog of more than a second', () => {
    const wall = fakeWall();
    const clock = new SimClock(1, wall.now);
    clock.advance(1000);
    clock.setSpeed(10);
    expect(clock.delayUntil(2000)).toBe(100);
    wall.advance(5000);
    expect(clock.delayUntil(2000)).toBe(0);
    expect(clock.delayUntil(3000)).toBe(200);
  });

  it('tells the show time its steps had reached before a wall moment, standing still while paused', () => {
    const wall = fakeWall();
    const start = wall.now();
    const clock = new SimClock(20, wall.now);
    expect(clock.showMsAt(start - 1000)).toBe(0);
    for (let step = 0; step < 50; step++) {
      wall.advance(10);
      clock.advance(200);
    }
    // Stamped while the 50th step ran (before it advanced at start + 500): that step's start.
    expect(clock.showMsAt(start + 500)).toBe(9800);
    expect(clock.showMsAt(start + 501)).toBe(10_000);
    expect(clock.showMsAt(start + 490)).toBe(9600);
    // Paused: an hour later it still reads the same.
    wall.advance(3_600_000);
    clock.reanchor();
    expect(clock.showMsAt(wall.now())).toBe(10_000);
    // Older than the 5 s of show time kept: the oldest kept.
    expect(clock.showMsAt(start + 1)).toBe(clock.showMsAt(start + 250));
    expect(clock.showMsAt(start + 250)).toBeLessThanOrEqual(5000);
  });
});
