import type { ServerEvent } from '../../shared/protocol';
import { endFlashSaleIfDue, expirePinIfDue } from '../show/effects';
import type { Show } from '../show/show';

export type Reporter = (error: unknown, context: string) => void;

/**
 * Ends timed pins and flash sales by themselves. Timers follow the committed events (a pin with
 * `until`, a flash sale with `endsAt`) and are rebuilt from the ledger's state at start.
 */
export class ExpiryTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly report: Reporter) {}

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
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedulePin(show: Show, until: number): void {
    this.schedule(pinKey(show), until, () => {
      show.transact(() => expirePinIfDue(show, Date.now()));
      return show.pin.until === until && show.pin.sku !== null;
    });
  }

  private scheduleFlash(show: Show, sku: string, endsAt: number): void {
    this.schedule(flashKey(show, sku), endsAt, () => {
      const product = show.products.get(sku);
      if (!product) return false;
      show.transact(() => endFlashSaleIfDue(show, product, Date.now()));
      return product.flashSale?.endsAt === endsAt;
    });
  }

  /** Runs `fire` at `at`; `fire` returns true when it ran early and must run again. */
  private schedule(key: string, at: number, fire: () => boolean): void {
    this.clear(key);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        try {
          if (fire()) this.schedule(key, at, fire);
        } catch (error) {
          this.report(error, key);
        }
      },
      Math.max(0, at - Date.now()),
    );
    this.timers.set(key, timer);
  }

  private clear(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}

function pinKey(show: Show): string {
  return `pin:${show.showId}`;
}

function flashKey(show: Show, sku: string): string {
  return `flash:${show.showId}:${sku}`;
}
