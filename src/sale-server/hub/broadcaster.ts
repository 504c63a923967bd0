import type { ServerEvent } from '../../shared/protocol';

export interface BatchOptions {
  /** Send as soon as this many events wait. */
  maxEvents: number;
  /** Send at most this long after the first waiting event. */
  flushMs: number;
}

/**
 * Collects a show's committed events and sends them as `events` batches: when `maxEvents` are
 * waiting, or `flushMs` after the first one, whichever comes first. Order is kept.
 */
export class Broadcaster {
  private buffer: ServerEvent[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly send: (events: ServerEvent[]) => void,
    private readonly options: BatchOptions,
  ) {}

  push(events: readonly ServerEvent[]): void {
    for (const event of events) this.buffer.push(event);
    if (this.buffer.length >= this.options.maxEvents) this.flush();
    else if (this.timer === null && this.buffer.length > 0) {
      this.timer = setTimeout(() => this.flush(), this.options.flushMs);
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
