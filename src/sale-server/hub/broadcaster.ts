export interface BatchOptions {
  /** Send as soon as this many events wait. */
  maxEvents: number;
  /** Send at most this long after the first waiting event. */
  flushMs: number;
}

/**
 * Collects a show's committed events (of any form: the server's are their JSON text) and sends
 * them as `events` batches: when `maxEvents` are waiting, or `flushMs` after the first one,
 * whichever comes first. Order is kept. The wait is
 * also checked whenever events are added: a busy event loop (the order intake selling what
 * thousands of viewers queued) runs its timers late, and a commit that finds the first waiting
 * event `flushMs` old sends at once rather than after the rest of that turn's work.
 */
export class Broadcaster<T> {
  private buffer: T[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** When the first waiting event was added (`now`). */
  private firstWaitingAt = 0;

  constructor(
    private readonly send: (events: T[]) => void,
    private readonly options: BatchOptions,
    /** A monotonic clock in ms (tests pass their own). */
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(events: readonly T[]): void {
    if (events.length === 0) return;
    const now = this.now();
    if (this.buffer.length === 0) this.firstWaitingAt = now;
    for (const event of events) this.buffer.push(event);
    if (
      this.buffer.length >= this.options.maxEvents ||
      now - this.firstWaitingAt >= this.options.flushMs
    ) {
      this.flush();
    } else {
      this.timer ??= setTimeout(() => this.flush(), this.options.flushMs);
    }
  }

  /** Sends everything waiting now. */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.buffer.length > 0) this.send(this.buffer.splice(0, this.options.maxEvents));
  }

  close(): void {
    this.flush();
  }
}
