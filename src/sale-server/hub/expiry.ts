import type { ClockTimer, SaleClock } from '../../shared/sale-clock';
import type { ServerEvent } from '../../shared/protocol';
import { endFlashSaleIfDue, expirePinIfDue } from '../show/effects';
import type { Show } from '../show/show';

export type Reporter = (error: unknown, context: string) => void;

/**
 * Ends timed pins and flash sales by themselves. Timers follow the committed events (a pin with
 * `until`, a flash sale with `endsAt`) and are rebuilt from the ledger's state at start.
 */
export class ExpiryTimers {
  private readonly timers = new Map<string, ClockTimer>();

  constructor(
    private readonly clock: SaleClock,
    private readonly report: Reporter,
  ) {}

  /** Schedules what a show's current state needs (at start; past-due ends fire at once). */
  restore(show: Show): void {
    if (show.pin.sku !== null && show.pin.until !== null) this.schedulePin(show, show.pin.until);
    for (const product of show.products.values()) {
      if (product.flashSale) this.scheduleFlash(show, product.sku, product.flashSale.endsAt);
    }
  }

  observe(show: Show, events: readonly ServerEvent[]): void {
    for (const event of events) {
      if (event.type === 'pin') {
        this.clear(pinKey(show));
        if (event.until !== null) this.schedulePin(show, event.until);
      } else if (event.type === 'flashSale') {
        this.scheduleFlash(show, event.sku, event.endsAt);
      } else if (event.type === 'flashSaleEnded') {
        this.clear(flashKey(show, event.sku));
      }
    }
  }

  close(): void {
    for (const timer of this.timers.values()) this.clock.clearTimer(timer);
    this.timers.clear();
  }

  private schedulePin(show: Show, until: number): void {
    this.schedule(pinKey(show), until, (now) => {
      show.transact(() => expirePinIfDue(show, now, (at) => at <= now));
    });
  }

  private scheduleFlash(show: Show, sku: string, endsAt: number): void {
    this.schedule(flashKey(show, sku), endsAt, (now) => {
      const product = show.products.get(sku);
      if (product) show.transact(() => endFlashSaleIfDue(show, product, now, (at) => at <= now));
    });
  }

  /**
   * Runs `fire` once the clock says `at` has passed, with the time of the end: now, or `at` if
   * a show clock ran the span faster than the wall clock.
   */
  private schedule(key: string, at: number, fire: (now: number) => void): void {
    this.clear(key);
    const timer = this.clock.setTimer(at, () => {
      this.timers.delete(key);
      try {
        fire(Math.max(this.clock.now(), at));
      } catch (error) {
        this.report(error, key);
      }
    });
    this.timers.set(key, timer);
  }

  private clear(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) this.clock.clearTimer(timer);
    this.timers.delete(key);
  }
}

function pinKey(show: Show): string {
  return `pin:${show.showId}`;
}

function flashKey(show: Show, sku: string): string {
  return `flash:${show.showId}:${sku}`;
}
