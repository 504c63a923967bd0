import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { UndoOffer } from '../../../shared/model/undo';
import type { EventHub } from '../api/event-hub';
import type { LiveController } from './live-controller';

/** How long an unpin can be taken back, from any console. */
export const UNDO_OFFER_MS = 8_000;

export interface UndoOffersDeps {
  events: EventHub;
  live: LiveController;
  now?: () => number;
}

/**
 * What the producer can take back for a few seconds, offered to every console attached (so an
 * unpin done in one tab can be undone from another): the core unpins, keeps the offer, and pins
 * the same product again (for the time its pin had left) when one console takes it. Each change
 * goes to every page whole (`undo.offers`).
 */
export class UndoOffers {
  private lastId = 0;
  private readonly offers = new Map<number, { offer: UndoOffer; timer: NodeJS.Timeout }>();

  constructor(private readonly deps: UndoOffersDeps) {}

  /** Unpins (see LiveController.command) and offers to take it back when something was pinned. */
  unpin(): { commandId: string } {
    const { live } = this.deps;
    const state = live.state();
    const result = live.command({ type: 'unpin' });
    const pin = state?.displayPin;
    if (state && pin?.sku) {
      const now = this.now();
      const serverNow = now + (state.link.clockOffsetMs ?? 0);
      const seconds =
        pin.until === null ? null : Math.max(1, Math.ceil((pin.until - serverNow) / 1000));
      this.add({
        id: ++this.lastId,
        runId: state.run.id,
        kind: 'unpin',
        sku: pin.sku,
        seconds,
        expiresAt: now + UNDO_OFFER_MS,
      });
    }
    return result;
  }

  /** Takes an offer back: pins its product again; `conflict` once it is gone (taken or expired). */
  take(id: number): { commandId: string } {
    const held = this.offers.get(id);
    if (held === undefined) throw new ApiError('conflict', coreText('undo_gone'));
    this.remove(id);
    const { sku, seconds } = held.offer;
    return this.deps.live.command(
      seconds === null ? { type: 'pin', sku } : { type: 'pin', sku, seconds },
    );
  }

  list(): UndoOffer[] {
    const runId = this.deps.live.openRunId();
    return [...this.offers.values()]
      .map((held) => held.offer)
      .filter((offer) => offer.runId === runId);
  }

  close(): void {
    for (const { timer } of this.offers.values()) clearTimeout(timer);
    this.offers.clear();
  }

  private add(offer: UndoOffer): void {
    const timer = setTimeout(() => this.remove(offer.id), UNDO_OFFER_MS);
    this.offers.set(offer.id, { offer, timer });
    this.deps.events.emit('undo.offers', this.list());
  }

  private remove(id: number): void {
    const held = this.offers.get(id);
    if (held === undefined) return;
    clearTimeout(held.timer);
    this.offers.delete(id);
    this.deps.events.emit('undo.offers', this.list());
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
