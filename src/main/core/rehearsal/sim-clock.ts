/** How far behind its schedule the clock may fall before it stops trying to catch up. */
const MAX_LAG_MS = 1000;
/** Wall time over which the effective speed is measured. */
const SPEED_WINDOW_MS = 3000;
/** Show time of past steps kept to tell the show time at a wall moment (past any rate window). */
const STEPS_KEPT_MS = 5000;

interface Sample {
  wallAt: number;
  simulatedMs: number;
}

/**
 * Show time of a rehearsal. It advances only by whole steps (so the crowd sees the same moments
 * in every run); the wall-clock schedule of those steps follows the speed, anchored afresh at
 * every change of speed, pause or resume.
 */
export class SimClock {
  private simulated = 0;
  private anchorWall: number;
  private anchorSimulated = 0;
  private samples: Sample[] = [];
  /** Each step's end: when show time reached it. Kept for STEPS_KEPT_MS of show time. */
  private steps: Sample[];

  constructor(
    private rate: number,
    private readonly now: () => number = Date.now,
  ) {
    this.anchorWall = now();
    this.steps = [{ wallAt: this.anchorWall, simulatedMs: 0 }];
  }

  get simulatedMs(): number {
    return this.simulated;
  }

  get speed(): number {
    return this.rate;
  }

  setSpeed(speed: number): void {
    this.reanchor();
    this.rate = speed;
    this.samples = [];
  }

  /** Restarts the schedule from now (after a pause, or when too far behind). */
  reanchor(): void {
    this.anchorWall = this.now();
    this.anchorSimulated = this.simulated;
  }

  /** Wall ms until show time `simulatedMs` is due (0 when due). Gives up a backlog past 1 s. */
  delayUntil(simulatedMs: number): number {
    const due = this.anchorWall + (simulatedMs - this.anchorSimulated) / this.rate;
    const delay = due - this.now();
    if (delay < -MAX_LAG_MS) {
      this.reanchor();
      return 0;
    }
    return Math.max(0, delay);
  }

  advance(dtMs: number): void {
    this.simulated += dtMs;
    const wallAt = this.now();
    const sample = { wallAt, simulatedMs: this.simulated };
    this.samples.push(sample);
    while (this.samples.length > 2 && wallAt - this.samples[1].wallAt > SPEED_WINDOW_MS) {
      this.samples.shift();
    }
    this.steps.push(sample);
    while (this.simulated - this.steps[1].simulatedMs > STEPS_KEPT_MS) this.steps.shift();
  }

  /**
   * The show time the steps had reached before wall moment `wallAt`: what happens while a step
   * runs (the server stamps its orders) belongs to the step that starts there. It stands still
   * while paused. Older than the steps kept: the oldest kept.
   */
  showMsAt(wallAt: number): number {
    for (let index = this.steps.length - 1; index > 0; index--) {
      if (this.steps[index].wallAt < wallAt) return this.steps[index].simulatedMs;
    }
    return this.steps[0].simulatedMs;
  }

  /** Forgets the speed samples (a pause: no progress is not slowness). */
  clearSamples(): void {
    this.samples = [];
  }

  /** Show seconds per wall second lately; 0 without progress to measure. */
  effectiveSpeed(): number {
    if (this.samples.length < 2) return 0;
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const wall = Math.max(this.now(), last.wallAt) - first.wallAt;
    if (wall <= 0) return 0;
    return Math.round(((last.simulatedMs - first.simulatedMs) / wall) * 10) / 10;
  }
}
