import type {
  LinkStatus,
  LiveHeader,
  LiveProduct,
  LiveState,
  LiveStateEvent,
} from '../../../shared/model/live';
import { NO_STAGE_STAMPS, type StageStamps } from '../sync/stage-stamps';

/** Where the publisher reads the current state from when it flushes. */
export interface LiveSource {
  state(revision: number): LiveState;
  header(revision: number): LiveHeader;
  product(sku: string): LiveProduct | undefined;
  /** Every product's SKU. */
  skus(): string[];
  /** SKUs whose shown figures move with time alone (a sales rate that is decaying). */
  movingSkus(): string[];
  linkStatus(): LinkStatus;
}

export interface PublisherTiming {
  /**
   * How many `live.state` messages may be on their way to the pages at once: sent and not yet
   * said received (`live.received`, which a page sends as soon as one arrives). While fewer are,
   * a change goes out once the work of this turn of the event loop is done (setImmediate, not a
   * timer: a timer of 0 ms waits at least 1 ms and for the next turn's timers, behind the next
   * batch of events the link hands on); a page that falls behind (its main thread busy with a
   * long frame) finds the newest state already in its socket when it is free, instead of asking
   * for it with its acknowledgement and drawing it a frame later.
   */
  inFlight: number;
  /**
   * Once `inFlight` messages wait for their acknowledgement, the next goes this long after the
   * last one (50 ms: 20 a second) or as soon as a page says it received one: the pace of a page
   * that is far behind or never acknowledges.
   */
  frameMs: number;
  /** How often the link status and the moving rates are refreshed without any event. */
  heartbeatMs: number;
}

type ScheduledFlush =
  { kind: 'soon'; handle: NodeJS.Immediate } | { kind: 'frame'; handle: NodeJS.Timeout };

export interface PublisherSinks {
  live(event: LiveStateEvent): void;
  link(status: LinkStatus): void;
  /** A timer-driven publish threw (a listener failed); the publisher keeps running. */
  failed(error: unknown): void;
}

/**
 * Coalesces changes into `live.state` deltas: changes only mark what is dirty, and one callback
 * sends what changed once this turn's work is done while fewer than `inFlight` deltas wait for a
 * page's acknowledgement (otherwise on the next acknowledgement, or `frameMs` after the last
 * delta), however many orders arrive in between.
 */
export class LivePublisher {
  private revision = 0;
  private headerDirty = false;
  private readonly dirtySkus = new Set<string>();
  /** The flush asked for: at the end of this turn, or a frame after the last delta. */
  private nextFlush: ScheduledFlush | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private lastFlushAt = -Infinity;
  private flushCount = 0;
  /** The newest revision a page said it received (deltas after it are on their way). */
  private acknowledged = 0;

  constructor(
    private readonly source: LiveSource,
    private readonly sinks: PublisherSinks,
    private readonly timing: PublisherTiming,
    private readonly stamps: StageStamps = NO_STAGE_STAMPS,
  ) {}

  get currentRevision(): number {
    return this.revision;
  }

  /** How many deltas were sent so far. */
  get flushes(): number {
    return this.flushCount;
  }

  start(): void {
    this.heartbeatTimer ??= setInterval(
      () => this.safely(() => this.beat()),
      this.timing.heartbeatMs,
    );
  }

  stop(): void {
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.cancelFlush();
    this.dirtySkus.clear();
    this.headerDirty = false;
  }

  markHeader(): void {
    this.headerDirty = true;
    this.schedule();
  }

  markProducts(skus: Iterable<string>): void {
    for (const sku of skus) this.dirtySkus.add(sku);
    this.headerDirty = true;
    this.schedule();
  }

  /** Sends the whole state now (a run opened or was resumed). */
  full(): void {
    this.cancelFlush();
    this.dirtySkus.clear();
    this.headerDirty = false;
    this.revision += 1;
    this.acknowledged = this.revision - 1;
    this.lastFlushAt = Date.now();
    this.sinks.live({ type: 'full', state: this.source.state(this.revision) });
    this.stamps.stamp('publish', this.revision);
    this.sinks.link(this.source.linkStatus());
  }

  /**
   * A page received the state of `revision`: when that leaves room for another delta, what
   * changed since goes now instead of waiting out the frame.
   */
  pageReceived(revision: number): void {
    if (revision <= this.acknowledged) return;
    this.acknowledged = Math.min(revision, this.revision);
    if (this.nextFlush === null || this.nextFlush.kind === 'soon' || !this.hasRoom()) return;
    this.cancelFlush();
    this.schedule();
  }

  /**
   * Sends the link status now (it went up, down or stale), and the header and every product with
   * the next frame: each product's rate and forecast turn unknown or known again with the link,
   * also those that no event or decay would send (a rate already at 0 would stay "not selling").
   */
  linkChanged(): void {
    this.sinks.link(this.source.linkStatus());
    this.markProducts(this.source.skus());
  }

  private safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.sinks.failed(error);
    }
  }

  private beat(): void {
    this.sinks.link(this.source.linkStatus());
    this.markProducts(this.source.movingSkus());
  }

  /** Whether fewer than `inFlight` deltas wait for a page's acknowledgement. */
  private hasRoom(): boolean {
    return this.revision - this.acknowledged < this.timing.inFlight;
  }

  private schedule(): void {
    if (this.nextFlush !== null) return;
    const flush = () => this.safely(() => this.flush());
    if (this.hasRoom()) {
      this.nextFlush = { kind: 'soon', handle: setImmediate(flush) };
      return;
    }
    const delay = Math.max(0, this.lastFlushAt + this.timing.frameMs - Date.now());
    this.nextFlush = { kind: 'frame', handle: setTimeout(flush, delay) };
  }

  private cancelFlush(): void {
    if (this.nextFlush?.kind === 'soon') clearImmediate(this.nextFlush.handle);
    if (this.nextFlush?.kind === 'frame') clearTimeout(this.nextFlush.handle);
    this.nextFlush = null;
  }

  private flush(): void {
    this.nextFlush = null;
    if (!this.headerDirty && this.dirtySkus.size === 0) return;
    const baseRevision = this.revision;
    this.revision += 1;
    const products: LiveProduct[] = [];
    for (const sku of this.dirtySkus) {
      const product = this.source.product(sku);
      if (product) products.push(product);
    }
    this.dirtySkus.clear();
    this.headerDirty = false;
    this.lastFlushAt = Date.now();
    this.flushCount += 1;
    this.sinks.live({
      type: 'delta',
      baseRevision,
      header: this.source.header(this.revision),
      products,
    });
    this.stamps.stamp('publish', this.revision);
  }
}
