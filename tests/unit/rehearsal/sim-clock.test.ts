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
});
