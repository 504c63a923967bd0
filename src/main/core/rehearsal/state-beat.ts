import type { RehearsalState } from '../../../shared/model/rehearsal';

/** How often `rehearsal.state` goes out while a rehearsal runs with no live change (4 a second). */
const BEAT_MS = 250;

/**
 * Sends the rehearsal's state: after every live state the console publishes (so the crowd's
 * counts and the show time beside the cards are never older than their figures), every beat
 * while it runs (show time and viewers move without a sale), and at once after a control.
 */
export class StateBeat {
  private timer: NodeJS.Timeout | null = null;
  private following = false;

  constructor(
    private readonly read: () => RehearsalState | null,
    private readonly send: (state: RehearsalState | null) => void,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.sendRunning(), BEAT_MS);
  }

  /**
   * A live state went out: the rehearsal's follows it once every listener has it (one for all the
   * live states of the same turn).
   */
  follow(): void {
    if (this.timer === null || this.following) return;
    this.following = true;
    queueMicrotask(() => {
      this.following = false;
      this.sendRunning();
    });
  }

  now(): void {
    this.send(this.read());
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private sendRunning(): void {
    const state = this.read();
    if (state !== null && (state.status === 'running' || state.status === 'stopping')) {
      this.send(state);
    }
  }
}
