import { describe, expect, it } from 'vitest';
import { ShowTimeClock } from '../../../src/main/core/rehearsal/show-time-clock';
import { SimClock } from '../../../src/main/core/rehearsal/sim-clock';

const WALL = Date.UTC(2026, 5, 18, 12, 0, 0);

describe('the rehearsal server clock', () => {
  it('ends a span after its show time, whatever the speed does meanwhile', () => {
    const wall = { now: WALL };
    const sim = new SimClock(10, () => wall.now);
    const clock = new ShowTimeClock(sim, () => wall.now);
    const fired: number[] = [];

    const until = clock.endOf(clock.now(), 20_000);
    expect(until).toBe(WALL + 2000);
    clock.setTimer(until, () => fired.push(sim.simulatedMs));

    sim.advance(5000);
    sim.setSpeed(1);
    wall.now += 60_000;
    expect(clock.isDue(until)).toBe(false);
    expect(clock.fireDue(sim.simulatedMs)).toBe(false);

    sim.advance(14_800);
    expect(clock.fireDue(sim.simulatedMs)).toBe(false);
    sim.advance(200);
    expect(clock.isDue(until)).toBe(true);
    expect(clock.fireDue(sim.simulatedMs)).toBe(true);
    expect(fired).toEqual([20_000]);
  });

  it('tells the show time each running span ends at, by its advertised end', () => {
    const sim = new SimClock(20, () => WALL);
    sim.advance(60_000);
    const clock = new ShowTimeClock(sim, () => WALL);
    const until = clock.endOf(WALL, 600_000);
    expect(until).toBe(WALL + 30_000);
    const timer = clock.setTimer(until, () => undefined);
    expect(clock.spanEnds()).toEqual([{ endsAt: WALL + 30_000, showMs: 660_000 }]);
    clock.clearTimer(timer);
    expect(clock.spanEnds()).toEqual([]);
  });

  it('drops a cleared timer', () => {
    const sim = new SimClock(4, () => WALL);
    const clock = new ShowTimeClock(sim, () => WALL);
    const timer = clock.setTimer(clock.endOf(WALL, 1000), () => {
      throw new Error('cleared timers never fire');
    });
    clock.clearTimer(timer);
    sim.advance(5000);
    expect(clock.fireDue(sim.simulatedMs)).toBe(false);
  });
});
