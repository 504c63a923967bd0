import type { ClockTimer, SaleClock } from '../../../shared/sale-clock';
import type { SpanEnd } from '../../../shared/model/rehearsal';
import type { SimClock } from './sim-clock';

class ShowTimer implements ClockTimer {
  constructor(
    readonly at: number,
    /** Show time (ms) at which it fires. */
    readonly dueMs: number,
    readonly fire: () => void,
  ) {}
}

/**
 * The rehearsal server's clock. Server times stay wall-clock ms epoch (the console's clock offset
 * and countdowns rely on them), but the span of a timed pin or flash sale runs in show time: it
 * is advertised as ending after its duration divided by the speed, and it ends once show time
 * has advanced by its full duration, so it lasts the same show time at any speed and not at all
 * while paused.
 */
export class ShowTimeClock implements SaleClock {
  private readonly timers = new Set<ShowTimer>();
  /** Server end time of each span started, to the show time it is due at. */
  private readonly spans = new Map<number, number>();

  constructor(
    private readonly sim: SimClock,
    private readonly wallNow: () => number = Date.now,
  ) {}

  now(): number {
    return this.wallNow();
  }

  endOf(now: number, durationMs: number): number {
    const end = now + Math.round(durationMs / this.sim.speed);
    this.spans.set(end, this.sim.simulatedMs + durationMs);
    return end;
  }

  /** Each span started here and still running: its server end time and the show time it is due. */
  spanEnds(): SpanEnd[] {
    return [...this.spans].map(([endsAt, showMs]) => ({ endsAt, showMs }));
  }

  isDue(at: number): boolean {
    return this.sim.simulatedMs >= this.dueMsOf(at);
  }

  setTimer(at: number, fire: () => void): ClockTimer {
    const timer = new ShowTimer(at, this.dueMsOf(at), fire);
    this.timers.add(timer);
    return timer;
  }

  clearTimer(timer: ClockTimer): void {
    if (!(timer instanceof ShowTimer)) return;
    this.timers.delete(timer);
    this.spans.delete(timer.at);
  }

  /** Fires, in order, the timers due by show time `simulatedMs`; says whether any fired. */
  fireDue(simulatedMs: number): boolean {
    const due = [...this.timers]
      .filter((timer) => timer.dueMs <= simulatedMs)
      .sort((a, b) => a.dueMs - b.dueMs);
    for (const timer of due) {
      this.timers.delete(timer);
      this.spans.delete(timer.at);
      timer.fire();
    }
    return due.length > 0;
  }

  /**
   * The show time a span ending at server time `at` is due at; for one not started here, after
   * its remaining wall time at the present speed.
   */
  private dueMsOf(at: number): number {
    return (
      this.spans.get(at) ?? this.sim.simulatedMs + Math.max(0, at - this.wallNow()) * this.sim.speed
    );
  }
}
