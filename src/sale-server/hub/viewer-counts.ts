import type { Show } from '../show/show';
import type { Reporter } from './expiry';

/** Coalesces the crowd's viewer reports into at most one `viewers` event per interval. */
export class ViewerCounts {
  private readonly latest = new Map<Show, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly report: Reporter,
    private readonly now: () => number,
  ) {}

  set(show: Show, count: number): void {
    this.latest.set(show, count);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const [show, count] of this.latest) {
      if (show.viewers === count) continue;
      try {
        show.transact(() => {
          show.viewers = count;
          show.emit({ type: 'viewers', count }, this.now());
        });
      } catch (error) {
        this.report(error, `viewers of show ${show.showId}`);
      }
    }
    this.latest.clear();
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.latest.clear();
  }
}
