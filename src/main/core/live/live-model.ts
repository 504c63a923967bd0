import type {
  LinkErrorReason,
  LinkState,
  LinkStatus,
  LiveHeader,
  LiveProduct,
  LiveRun,
  LiveState,
  PendingCommand,
} from '../../../shared/model/live';
import type { ServerEvent } from '../../../shared/protocol';
import type { LiveSource } from './live-publisher';
import { liveHeader, liveProduct } from './live-view';
import { overlayOf, type Overlay } from './optimistic';
import type { Projection } from './projection';
import { serverRateClock, type RateClock } from './rate-clock';
import { SalesRate, type RateSample } from './sales-rate';

/** What the sync session knows about its link, for the link status. */
export interface LinkFacts {
  state: LinkState;
  stale: boolean;
  lastError: string | null;
  lastErrorReason: LinkErrorReason | null;
  retryInMs: number | null;
  clockOffsetMs: number | null;
  protocolErrors: number;
  logMissing: number;
  logFilling: boolean;
}

export interface LiveModelDeps {
  run(): LiveRun;
  projection: Projection;
  pending(): PendingCommand[];
  link(): LinkFacts;
  /** Server time now (console clock plus the measured offset). */
  serverNow(): number;
  /** A pending command older than this is overdue (waits too long for its acknowledgement). */
  ackOverdueMs: number;
}

const MOVING_RATE = 0.01;

/**
 * The live state of one run in memory: the projection, plus what only the console computes
 * (sales rates, events per second, the optimistic overlay of pending commands). The publisher
 * reads it when it flushes.
 */
export class LiveModel implements LiveSource {
  private readonly rates = new Map<string, SalesRate>();
  /** The sales rates' clock: the server's, or a rehearsal's show time. */
  private rateClock: RateClock = serverRateClock;
  /** Server events a second (the link's, on the server's clock), over the rates' window. */
  private readonly eventRate = new SalesRate();
  private readonly moving = new Set<string>();
  private lastEventAt: number | null = null;
  /** The newest server time the server told (an event's `at`, a heartbeat). */
  private serverHorizon = Number.NEGATIVE_INFINITY;
  private overlayCache: Overlay | null = null;

  constructor(private readonly deps: LiveModelDeps) {}

  /** Events were applied: returns the SKUs whose figures changed. */
  applied(events: readonly ServerEvent[]): Set<string> {
    const skus = new Set<string>();
    for (const event of events) {
      if (event.type === 'order') {
        let rate = this.rates.get(event.sku);
        if (!rate) {
          rate = new SalesRate();
          this.rates.set(event.sku, rate);
        }
        rate.record(this.rateClock.eventAt(event.at), event.qty);
        this.moving.add(event.sku);
      }
      this.eventRate.record(event.at, 1);
      this.serverHorizon = Math.max(this.serverHorizon, event.at);
      if ('sku' in event && event.sku !== null) skus.add(event.sku);
      if (event.type === 'product') skus.add(event.product.sku);
      if (event.type === 'pin') for (const sku of this.pinnedSkus()) skus.add(sku);
    }
    return skus;
  }

  /**
   * The run is a rehearsal: its sales rates and forecasts run on its show time from now on (the
   * rates measured so far are dropped; the show has not started selling yet).
   */
  keepRatesOn(clock: RateClock): void {
    this.rateClock = clock;
    this.rates.clear();
  }

  /** The server said its time (a heartbeat): rate windows may end there. */
  serverTimeSeen(serverTime: number): void {
    this.serverHorizon = Math.max(this.serverHorizon, serverTime);
  }

  /** A server message arrived (for the last event age). */
  received(now = Date.now()): void {
    this.lastEventAt = now;
  }

  /** The pending list changed: the overlay must be computed again. */
  pendingChanged(): void {
    this.overlayCache = null;
  }

  /** SKUs that pending commands touch (to refresh them when the list changes). */
  pendingSkus(): string[] {
    return [...this.overlay().products.keys()];
  }

  state(revision: number): LiveState {
    const overlay = this.overlay();
    const pin = this.deps.projection.head.pin;
    const now = this.deps.serverNow();
    return {
      ...this.header(revision),
      products: this.deps.projection
        .list()
        .map((product) => liveProduct(product, pin, overlay, this.rateOf(product.sku, now))),
    };
  }

  header(revision: number): LiveHeader {
    return liveHeader(
      this.deps.run(),
      this.linkStatus(),
      revision,
      this.deps.projection.head,
      this.overlay(),
      this.deps.pending(),
    );
  }

  product(sku: string): LiveProduct | undefined {
    const product = this.deps.projection.product(sku);
    if (!product) return undefined;
    const rate = this.rateOf(sku, this.deps.serverNow());
    return liveProduct(product, this.deps.projection.head.pin, this.overlay(), rate);
  }

  skus(): string[] {
    return this.deps.projection.list().map((product) => product.sku);
  }

  movingSkus(): string[] {
    const now = this.deps.serverNow();
    const skus = [...this.moving];
    for (const sku of skus) {
      if ((this.rateOf(sku, now)?.perSecond ?? 0) < MOVING_RATE) this.moving.delete(sku);
    }
    return skus;
  }

  linkStatus(): LinkStatus {
    const facts = this.deps.link();
    const now = Date.now();
    const pending = this.deps.pending();
    return {
      runId: this.deps.run().id,
      state: facts.state,
      stale: facts.state === 'connected' && facts.stale,
      lastEventAgeMs: this.lastEventAt === null ? null : Math.max(0, now - this.lastEventAt),
      commandsPending: pending.length,
      commandsOverdue: pending.filter((command) => now - command.createdAt > this.deps.ackOverdueMs)
        .length,
      eventsPerSecond:
        Math.round(
          this.eventRate.sampleAt(
            serverRateClock.windowEnd(this.serverHorizon, this.deps.serverNow()),
          ).perSecond * 10,
        ) / 10,
      clockOffsetMs: facts.clockOffsetMs,
      lastSeq: this.deps.projection.head.lastSeq,
      lastError: facts.lastError,
      lastErrorReason: facts.lastErrorReason,
      retryInMs: facts.retryInMs,
      protocolErrors: facts.protocolErrors,
      logMissing: facts.logMissing,
      logFilling: facts.logFilling,
    };
  }

  /**
   * The product's rate over the window that ends where the rate clock puts it; null while it
   * cannot be known: the link is down or stale, or the first snapshot has not come.
   */
  private rateOf(sku: string, serverNow: number): RateSample | null {
    const link = this.deps.link();
    if (link.state !== 'connected' || link.stale || !this.deps.projection.head.synced) return null;
    const end = this.rateClock.windowEnd(this.serverHorizon, serverNow);
    return this.rates.get(sku)?.sampleAt(end) ?? { perSecond: 0, spread: 0 };
  }

  private pinnedSkus(): string[] {
    return this.deps.projection
      .list()
      .filter((product) => product.firstPinnedAt !== null)
      .map((product) => product.sku);
  }

  private overlay(): Overlay {
    this.overlayCache ??= overlayOf(
      this.deps.pending(),
      this.deps.projection.head.pin.sku,
      this.deps.link().clockOffsetMs ?? 0,
    );
    return this.overlayCache;
  }
}
