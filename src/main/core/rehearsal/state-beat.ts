import type { RehearsalState } from '../../../shared/model/rehearsal';

/** How often `rehearsal.state` goes out while a rehearsal runs (4 a second). */
const BEAT_MS = 250;

/**
 * Sends the rehearsal's state at a bounded rate: every beat while it runs (show time, viewers
 * and the crowd's figures move), and at once after a control.
 */
export class StateBeat {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly read: () => RehearsalState | null,
    private readonly send: (state: RehearsalState | null) => void,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => {
      const state = this.read();
      if (state !== null && (state.status === 'running' || state.status === 'stopping')) {
        this.send(state);
      }
    }, BEAT_MS);
  }

  now(): void {
    this.send(this.read());
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
