import type {
  ModerationMessage,
  PinState,
  ProductState,
  ServerEvent,
  ShowState,
  Snapshot,
  SnapshotMessage,
  UnsequencedEvent,
} from '../../shared/protocol';
import type { Ledger, ShowRecord } from '../ledger/ledger';
import { ShowAudience } from './audience';

/** `eventsJson` holds each event's JSON text, as the ledger logged it. */
export type CommittedListener = (show: Show, events: ServerEvent[], eventsJson: string[]) => void;

export interface ShowListeners {
  /** Events were committed (to broadcast). */
  committed: CommittedListener;
  /** A moderation command was committed (to tell the consoles of the `audience` addition). */
  moderated(show: Show, message: ModerationMessage): void;
}

/**
 * One show held in memory as the ledger has it. Every change runs inside `transact`: the events
 * it emits get their seq and go into the ledger in the same SQLite transaction as the state they
 * describe, and are handed on (to broadcast) only after the commit. If the transaction fails,
 * the in-memory state is reloaded from the ledger, so memory never runs ahead of the file.
 */
export class Show {
  readonly showId: string;
  state: ShowState = 'planned';
  seq = 0;
  /** The oldest event a resume replays; older ones need a snapshot (and `history`). */
  oldestSeq = 1;
  pin: PinState = { sku: null, until: null };
  viewers = 0;
  readonly products = new Map<string, ProductState>();
  audience!: ShowAudience;

  private readonly positions = new Map<string, number>();
  private pending: ServerEvent[] = [];
  private pendingJson: string[] = [];
  private pendingModeration: ModerationMessage[] = [];
  private readonly dirtyProducts = new Set<string>();
  private inTransaction = false;

  constructor(
    private readonly ledger: Ledger,
    record: ShowRecord,
    private readonly listeners: ShowListeners,
  ) {
    this.showId = record.showId;
    this.load(record);
  }

  /** Runs `fn` as one ledger transaction; see the class comment. */
  transact<T>(fn: () => T): T {
    if (this.inTransaction) throw new Error('Show.transact does not nest');
    this.inTransaction = true;
    let result: T;
    try {
      result = this.ledger.transaction(() => {
        const value = fn();
        this.writeChanges();
        for (const row of this.audience.takeDemandRows()) {
          this.ledger.audience.saveDemand(this.showId, row);
        }
        return value;
      });
    } catch (error) {
      this.pending = [];
      this.pendingJson = [];
      this.pendingModeration = [];
      this.dirtyProducts.clear();
      this.reload();
      throw error;
    } finally {
      this.inTransaction = false;
    }
    const events = this.pending;
    const eventsJson = this.pendingJson;
    this.pending = [];
    this.pendingJson = [];
    if (events.length > 0) this.listeners.committed(this, events, eventsJson);
    const moderation = this.pendingModeration;
    this.pendingModeration = [];
    for (const message of moderation) this.listeners.moderated(this, message);
    return result;
  }

  /**
   * Gives the event the next seq and appends it to the ledger (inside `transact` only). `body`
   * becomes the event (callers pass a new object): an order's event is not copied, and its JSON
   * text is made once, for the ledger and every console.
   */
  emit(body: UnsequencedEvent, at: number): ServerEvent {
    this.assertInTransaction();
    const event = body as ServerEvent;
    event.seq = this.seq + 1;
    event.at = at;
    const json = JSON.stringify(event);
    this.ledger.appendEvent(this.showId, event.seq, json);
    this.seq = event.seq;
    this.pending.push(event);
    this.pendingJson.push(json);
    return event;
  }

  /** Applies and records a moderation command's effect (inside `transact` only). */
  moderate(message: ModerationMessage): void {
    this.assertInTransaction();
    this.ledger.audience.recordModeration(this.showId, message);
    this.audience.apply(message);
    this.pendingModeration.push(message);
  }

  /** Marks a product as changed so its row is written before the commit. */
  touch(sku: string): void {
    this.assertInTransaction();
    this.dirtyProducts.add(sku);
  }

  /** Adds or replaces a product; a new SKU goes to the end of the lineup. */
  putProduct(product: ProductState): void {
    this.assertInTransaction();
    if (!this.positions.has(product.sku)) this.positions.set(product.sku, this.positions.size);
    this.products.set(product.sku, product);
    this.dirtyProducts.add(product.sku);
  }

  snapshot(): Snapshot {
    return {
      products: [...this.products.values()].map((p) => ({
        ...p,
        flashSale: p.flashSale ? { ...p.flashSale } : null,
      })),
      pin: { ...this.pin },
      viewers: this.viewers,
    };
  }

  snapshotMessage(serverTime: number): SnapshotMessage {
    return {
      serverTime,
      showId: this.showId,
      state: this.state,
      seq: this.seq,
      snapshot: this.snapshot(),
    };
  }

  /**
   * Moves the replay window to the newest `retain` events (after a commit, and at start). Older
   * events stay in the ledger for `history`; only resume stops replaying them.
   */
  advanceReplayWindow(retain: number): void {
    const keepFrom = this.seq - retain + 1;
    const slack = Math.ceil(retain / 10);
    if (keepFrom - this.oldestSeq < slack) return;
    this.oldestSeq = keepFrom;
  }

  private writeChanges(): void {
    for (const sku of this.dirtyProducts) {
      const product = this.products.get(sku);
      const position = this.positions.get(sku);
      if (product === undefined || position === undefined) throw new Error(`no product ${sku}`);
      this.ledger.saveProduct(this.showId, position, product);
    }
    this.dirtyProducts.clear();
    this.ledger.saveShow({
      showId: this.showId,
      state: this.state,
      seq: this.seq,
      pin: this.pin,
      viewers: this.viewers,
    });
  }

  private reload(): void {
    const record = this.ledger.loadShows().find((show) => show.showId === this.showId);
    if (!record) throw new Error(`show ${this.showId} vanished from the ledger`);
    this.load(record);
  }

  private load(record: ShowRecord): void {
    this.state = record.state;
    this.seq = record.seq;
    this.pin = { ...record.pin };
    this.viewers = record.viewers;
    this.oldestSeq = this.ledger.oldestSeq(this.showId) ?? this.seq + 1;
    this.audience = new ShowAudience(
      this.ledger.audience.loadModeration(this.showId),
      this.ledger.audience.loadDemand(this.showId),
      Date.now(),
    );
    this.products.clear();
    this.positions.clear();
    this.ledger.loadProducts(this.showId).forEach((product, index) => {
      this.products.set(product.sku, product);
      this.positions.set(product.sku, index);
    });
  }

  private assertInTransaction(): void {
    if (!this.inTransaction) throw new Error('show changes must run inside Show.transact');
  }
}
