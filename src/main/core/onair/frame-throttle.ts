/**
 * Runs `work` at most once per `frameMs`: a request while idle runs it at once, requests inside a
 * frame are folded into one run at the frame's end. So a burst of live updates costs one run per
 * frame, and a lone change shows without delay.
 */
export class FrameThrottle {
  private timer: NodeJS.Timeout | null = null;
  private lastRunAt = -Infinity;

  constructor(
    private readonly frameMs: number,
    private readonly work: () => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  request(): void {
    if (this.timer !== null) return;
    const wait = this.lastRunAt + this.frameMs - Date.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, wait);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    this.lastRunAt = Date.now();
    try {
      this.work();
    } catch (error) {
      this.failed(error);
    }
  }
}
