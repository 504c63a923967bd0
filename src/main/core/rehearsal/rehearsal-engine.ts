import { commentsPerSecond, type CommentCrowd } from './crowd/comment-crowd';
import type { CrowdSource } from './crowd/market';
import type { IntakeClient } from './link/intake-client';
import type { ShowObserver } from './link/show-observer';
import type { SimClock } from './sim-clock';

/** Wall time the crowd waits for the server's echo of what it did before it goes on anyway. */
const ECHO_TIMEOUT_MS = 5000;

export interface EngineHooks {
  /** Before each step: operator commands land and the crowd's view catches up. */
  settle(): Promise<void>;
  /** After each step, at the new show time. */
  stepped(simulatedMs: number): void;
  /** The engine has stopped stepping for a pause (asked for, or planned); not yet reported. */
  halted(): Promise<void>;
  failed(error: unknown): void;
}

export type EngineStatus = 'running' | 'paused' | 'stopped';

/**
 * The crowd's discrete-time loop. Each step: settle, ask the crowd what it does in the next
 * `tickMs` of show time given the show as the server has it, report the audience once a show
 * second, send the orders and wait for every answer and their events, then advance show time.
 * Steps follow the clock's schedule; a step never overlaps the next.
 */
export class RehearsalEngine {
  private current: EngineStatus = 'paused';
  private timer: NodeJS.Timeout | null = null;
  private stepping: Promise<void> | null = null;
  private pauseAt: number | null = null;
  private lastViewersSecond = -1;
  /** The audience as last reported to the server (the crowd plans one every tick). */
  private viewersNow = 0;

  constructor(
    private readonly deps: {
      source: CrowdSource;
      observer: ShowObserver;
      intake: IntakeClient;
      clock: SimClock;
      tickMs: number;
      hooks: EngineHooks;
      /** The crowd's comments, if it writes any. */
      comments?: CommentCrowd;
    },
  ) {}

  get status(): EngineStatus {
    return this.current;
  }

  get viewers(): number {
    return this.viewersNow;
  }

  get pauseAtMs(): number | null {
    return this.pauseAt;
  }

  /** Pause by itself once show time reaches `simulatedMs`. */
  planPause(simulatedMs: number | null): void {
    this.pauseAt = simulatedMs;
  }

  resume(): void {
    if (this.current !== 'paused') return;
    this.current = 'running';
    this.deps.clock.reanchor();
    this.schedule();
  }

  /** Stops stepping; resolves once the step in progress is done. */
  async pause(): Promise<void> {
    if (this.current !== 'running') return;
    this.current = 'paused';
    await this.halt();
  }

  async stop(): Promise<void> {
    const wasRunning = this.current === 'running';
    this.current = 'stopped';
    if (wasRunning) await this.halt();
  }

  private async halt(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.stepping;
    this.deps.clock.clearSamples();
  }

  private schedule(): void {
    if (this.current !== 'running' || this.timer !== null || this.stepping !== null) return;
    const { clock, tickMs } = this.deps;
    const delay = clock.delayUntil(clock.simulatedMs + tickMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.stepping = this.step()
        .catch((error: unknown) => this.deps.hooks.failed(error))
        .finally(() => {
          this.stepping = null;
          this.schedule();
        });
    }, delay);
  }

  private async step(): Promise<void> {
    const { source, observer, intake, clock, tickMs, hooks } = this.deps;
    await hooks.settle();
    if (this.current !== 'running') return;
    const now = clock.simulatedMs;
    const plan = source.step(now, tickMs, observer.market());
    const second = Math.floor(now / 1000);
    if (second > this.lastViewersSecond) {
      this.lastViewersSecond = second;
      this.viewersNow = plan.viewers;
      if (plan.viewers !== observer.viewers) {
        intake.reportViewers(plan.viewers);
        await observer.until(() => observer.viewers === plan.viewers, ECHO_TIMEOUT_MS);
      }
    }
    const market = observer.market();
    const written =
      this.deps.comments?.step(
        tickMs,
        plan.commentsPerSecond ?? commentsPerSecond(plan.viewers),
        market.pinnedSku,
        observer.productNames(),
      ) ?? [];
    const comments = [...(plan.comments ?? []), ...written];
    if (comments.length > 0 && market.live) intake.comment(comments);
    const lastSeq = await intake.buy(plan.orders);
    if (lastSeq > 0) await observer.until(() => observer.seq >= lastSeq, ECHO_TIMEOUT_MS);
    clock.advance(tickMs);
    hooks.stepped(clock.simulatedMs);
    if (this.pauseAt !== null && clock.simulatedMs >= this.pauseAt && this.current === 'running') {
      this.pauseAt = null;
      this.current = 'paused';
      this.deps.clock.clearSamples();
      await hooks.halted();
    }
  }
}
