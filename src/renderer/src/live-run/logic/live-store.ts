import type {
  CommandOutcome,
  LinkStatus,
  LiveCommand,
  LiveHeader,
  LiveProduct,
  LiveState,
  LiveStateEvent,
  PendingCommand,
} from '../../../../shared/model/live';
import { frameAfter } from '../../api/logic/frame-after';
import { PacedLinkFigures } from './link-figures';

/** How long a command's outcome stays on its product row. */
export const OUTCOME_SHOWN_MS = 6_000;

/** A command's acknowledgement as a product row shows it for a few seconds. */
export interface RowOutcome {
  commandId: string;
  outcome: CommandOutcome;
  command: LiveCommand | null;
}

/** One product's live figures with what the row shows next to them. */
export interface LiveRow {
  product: LiveProduct;
  /**
   * Pinned as this console shows it: the server's pin, or a pin pressed here and not yet
   * confirmed (then `pinPending`), drawn in the frame after the key.
   */
  pinShown: boolean;
  pinPending: boolean;
  /** The pending commands that touch this product, oldest first. */
  pending: PendingCommand[];
  outcome: RowOutcome | null;
}

export type DeltaResult = 'applied' | 'ignored' | 'missed';

type Listener = () => void;

const MAX_EARLY_OUTCOMES = 100;

function skuOf(command: LiveCommand | null): string | null {
  if (command === null) return null;
  switch (command.type) {
    case 'pin':
    case 'restock':
    case 'setPrice':
    case 'flashSale':
      return command.sku;
    case 'unpin':
    case 'startShow':
    case 'endShow':
    case 'pinComment':
    case 'hideComment':
    case 'muteViewer':
      return null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The open run's live state in the renderer, outside React: `live.state` events are applied here
 * and each product row subscribes to its own SKU, so a delta re-renders only the rows it names
 * (an unchanged row keeps its object). The header (link, pin, pending commands) has its own
 * subscribers.
 */
export class LiveStore {
  private header: LiveHeader | null = null;
  private loaded = false;
  private readonly rows = new Map<string, LiveRow>();
  private readonly outcomes = new Map<string, RowOutcome>();
  /** What cancels each shown outcome's end (it ends in an animation frame, see frameAfter). */
  private readonly outcomeEnds = new Map<string, () => void>();
  /** Commands this console issued or saw pending, by id, with the SKU each one concerns. */
  private readonly commands = new Map<
    string,
    { command: LiveCommand | null; sku: string | null }
  >();
  /** Outcomes that arrived before the command they answer was known here. */
  private readonly earlyOutcomes = new Map<string, CommandOutcome>();
  private readonly headerListeners = new Set<Listener>();
  private readonly rowListeners = new Map<string, Set<Listener>>();
  private awaitingFull = false;
  /** A pin pressed here, until the core's state carries it (its id pending, or the pin done). */
  private predicted: { token: number; sku: string; commandId: string | null } | null = null;
  private predictions = 0;
  /** While applying a frame's events: what changed, announced once at the end. */
  private batch: { header: boolean; rows: Set<string> } | null = null;
  /** The link's figures as every screen shows them (see PacedLinkFigures). */
  readonly linkFigures = new PacedLinkFigures();

  /** Whether the first `live.state` answer arrived. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  getHeader = (): LiveHeader | null => this.header;

  /** The product shown as pinned: pressed here and not yet in the core's state, or the core's. */
  getShownPin = (): string | null => this.predicted?.sku ?? this.header?.displayPin.sku ?? null;

  getRow(sku: string): LiveRow | undefined {
    return this.rows.get(sku);
  }

  /** Product SKUs in the server's lineup order. */
  skus(): string[] {
    return [...this.rows.keys()];
  }

  subscribeHeader = (listener: Listener): (() => void) => {
    this.headerListeners.add(listener);
    return () => {
      this.headerListeners.delete(listener);
    };
  };

  subscribeRow(sku: string, listener: Listener): () => void {
    let set = this.rowListeners.get(sku);
    if (!set) {
      set = new Set();
      this.rowListeners.set(sku, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** A `live.state` call is on its way: deltas wait for its answer. */
  expectFull(): void {
    this.awaitingFull = true;
  }

  /** The `live.state` call failed: take deltas again (a mismatch asks for a new load). */
  fullFailed(): void {
    this.awaitingFull = false;
  }

  /** Replaces everything (the answer of `live.state`, or a `full` event). */
  applyFull(state: LiveState | null): void {
    this.awaitingFull = false;
    this.loaded = true;
    const changed = new Set(this.rows.keys());
    this.rows.clear();
    if (state === null) {
      this.header = null;
      this.clearOutcomes();
    } else {
      const { products, ...header } = state;
      this.header = header;
      this.rememberPending(header.pending);
      this.settlePrediction();
      for (const product of products) {
        this.rows.set(product.sku, this.rowOf(product));
        changed.add(product.sku);
      }
    }
    this.emitHeader();
    for (const sku of changed) this.emitRow(sku);
  }

  /**
   * Applies the `live.state` events of one animation frame in order and announces what changed
   * once; `missed` when a delta was lost (fetch `live.state` again).
   */
  applyEvents(events: readonly LiveStateEvent[]): DeltaResult {
    this.batch = { header: false, rows: new Set() };
    let result: DeltaResult = 'ignored';
    try {
      for (const event of events) {
        const applied = this.applyEvent(event);
        if (applied === 'missed') result = 'missed';
        else if (applied === 'applied' && result === 'ignored') result = 'applied';
      }
    } finally {
      const { header, rows } = this.batch;
      this.batch = null;
      if (header) this.emitHeader();
      for (const sku of rows) this.emitRow(sku);
    }
    return result;
  }

  /**
   * The producer pressed pin: the product shows as pinned (pending) from the next frame, before
   * the core has the command. Returns a token for `issued` / `dropPrediction`.
   */
  predictPin(sku: string): number {
    const before = this.predicted?.sku;
    this.predictions += 1;
    this.predicted = { token: this.predictions, sku, commandId: null };
    this.refreshPins([before, sku]);
    return this.predictions;
  }

  /** The core refused the command of a prediction (it never reached the outbox): back it out. */
  dropPrediction(token: number): void {
    if (this.predicted?.token !== token) return;
    const { sku } = this.predicted;
    this.predicted = null;
    this.refreshPins([sku]);
  }

  /** Applies a `live.state` event; `missed` means a delta was lost: fetch `live.state` again. */
  applyEvent(event: LiveStateEvent): DeltaResult {
    if (event.type === 'full') {
      this.applyFull(event.state);
      return 'applied';
    }
    const current = this.header;
    if (this.awaitingFull) return 'ignored';
    if (current === null || current.run.id !== event.header.run.id) return 'missed';
    if (event.header.revision <= current.revision) return 'ignored';
    if (event.baseRevision !== current.revision) {
      this.awaitingFull = true;
      return 'missed';
    }
    this.header = event.header;
    this.rememberPending(event.header.pending);
    const settled = this.settlePrediction();
    for (const product of event.products) {
      this.rows.set(product.sku, this.rowOf(product));
    }
    this.emitHeader();
    for (const product of event.products) this.emitRow(product.sku);
    if (settled !== null) this.refreshPins([settled]);
    return 'applied';
  }

  /** The link status pushed once a second and on every change. */
  applyLink(link: LinkStatus): void {
    if (this.header === null || this.header.run.id !== link.runId) return;
    this.header = { ...this.header, link };
    this.emitHeader();
  }

  /**
   * The console issued a command (its id as `live.command` answered), with the token of its
   * prediction if it had one.
   */
  noteIssued(commandId: string, command: LiveCommand, prediction?: number): void {
    this.remember(commandId, command);
    if (prediction !== undefined && this.predicted?.token === prediction) {
      this.predicted.commandId = commandId;
      const settled = this.settlePrediction();
      if (settled !== null) this.refreshPins([settled]);
    }
    const early = this.earlyOutcomes.get(commandId);
    if (early) {
      this.earlyOutcomes.delete(commandId);
      this.noteOutcome(early);
    }
  }

  /**
   * The server acknowledged a command: the row of its product shows the outcome for a few
   * seconds. Returns the command when it is known here (to name it in a notification).
   */
  noteOutcome(outcome: CommandOutcome): LiveCommand | null {
    if (this.header !== null && this.header.run.id !== outcome.runId) return null;
    const known = this.commands.get(outcome.commandId);
    if (!known) {
      if (this.earlyOutcomes.size >= MAX_EARLY_OUTCOMES) this.earlyOutcomes.clear();
      this.earlyOutcomes.set(outcome.commandId, outcome);
      return null;
    }
    this.commands.delete(outcome.commandId);
    if (this.predicted?.commandId === outcome.commandId) this.dropPrediction(this.predicted.token);
    const { command, sku } = known;
    if (sku !== null) this.showOutcome(sku, { commandId: outcome.commandId, outcome, command });
    return command;
  }

  /** Stops the outcome timers (the provider unmounts). */
  dispose(): void {
    for (const cancel of this.outcomeEnds.values()) cancel();
    this.outcomeEnds.clear();
    this.linkFigures.dispose();
  }

  /** Unpin concerns the product pinned (as the server confirmed it) when it was issued. */
  private remember(commandId: string, command: LiveCommand | null): void {
    if (this.commands.has(commandId)) return;
    const sku = command?.type === 'unpin' ? (this.header?.pin.sku ?? null) : skuOf(command);
    this.commands.set(commandId, { command, sku });
  }

  private showOutcome(sku: string, outcome: RowOutcome): void {
    this.outcomeEnds.get(sku)?.();
    this.outcomes.set(sku, outcome);
    this.outcomeEnds.set(
      sku,
      frameAfter(() => {
        this.outcomeEnds.delete(sku);
        this.outcomes.delete(sku);
        this.refreshRow(sku);
      }, OUTCOME_SHOWN_MS),
    );
    this.refreshRow(sku);
  }

  /**
   * Ends the prediction once the core's state carries its command (pending, so the core's own
   * display pins it, or already acknowledged): returns its SKU to redraw, or null.
   */
  private settlePrediction(): string | null {
    const predicted = this.predicted;
    if (predicted === null || predicted.commandId === null || this.header === null) return null;
    const carried =
      this.header.pending.some((item) => item.commandId === predicted.commandId) ||
      this.header.pin.sku === predicted.sku;
    if (!carried) return null;
    this.predicted = null;
    return predicted.sku;
  }

  /** Rows whose shown pin may have changed get new objects. */
  private refreshPins(skus: readonly (string | undefined)[]): void {
    for (const sku of new Set(skus)) {
      if (sku === undefined) continue;
      const row = this.rows.get(sku);
      if (!row) continue;
      this.rows.set(sku, this.rowOf(row.product));
      this.emitRow(sku);
    }
    this.emitHeader();
  }

  private refreshRow(sku: string): void {
    const row = this.rows.get(sku);
    if (!row) return;
    this.rows.set(sku, { ...row, outcome: this.outcomes.get(sku) ?? null });
    this.emitRow(sku);
  }

  private clearOutcomes(): void {
    this.dispose();
    this.predicted = null;
    this.outcomes.clear();
    this.commands.clear();
    this.earlyOutcomes.clear();
  }

  private rememberPending(pending: readonly PendingCommand[]): void {
    for (const item of pending) this.remember(item.commandId, item.command);
  }

  private rowOf(product: LiveProduct): LiveRow {
    const pendingById = new Map(
      (this.header?.pending ?? []).map((item) => [item.commandId, item] as const),
    );
    const pending = product.pendingCommandIds.flatMap((id) => {
      const item = pendingById.get(id);
      return item ? [item] : [];
    });
    const predicted = this.predicted?.sku === product.sku;
    const pinShown = predicted || product.display.pinned;
    return {
      product,
      pending,
      pinShown,
      pinPending: pinShown && !product.pinned,
      outcome: this.outcomes.get(product.sku) ?? null,
    };
  }

  private emitHeader(): void {
    if (this.batch !== null) {
      this.batch.header = true;
      return;
    }
    this.linkFigures.update(this.header?.link ?? null);
    for (const listener of this.headerListeners) listener();
  }

  private emitRow(sku: string): void {
    if (this.batch !== null) {
      this.batch.rows.add(sku);
      return;
    }
    for (const listener of this.rowListeners.get(sku) ?? []) listener();
  }
}
