/**
 * Runs `work` after the current turn of the event loop, at most once per `frameMs`: a request
 * while idle runs on the next turn (after whatever the caller is still sending), requests inside
 * a frame fold into one run at the frame's end.
 */
export class FramePacer {
  private timer: NodeJS.Timeout | null = null;
  private lastRunAt = -Infinity;

  constructor(
    private readonly frameMs: number,
    private readonly work: () => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  request(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastRunAt + this.frameMs - Date.now());
    this.timer = setTimeout(() => this.run(), wait);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    this.timer = null;
    this.lastRunAt = Date.now();
    try {
      this.work();
    } catch (error) {
      this.failed(error);
    }
  }
}
