import type {
  CommandKind,
  CommandOutcome,
  LinkState,
  LiveCommand,
  LiveHeader,
  ShowState,
} from '../../../shared/model/live';
import type { LiveStore } from '../live-run/live-store';

/** How many entries the log keeps (newest first). */
export const LOG_CAPACITY = 2_000;

type Entry<K extends string, T> = { id: number; at: number; kind: K } & T;

/** One line of the console's recent events. */
export type LogEntry =
  | Entry<'command', { commandKind: CommandKind; sku: string | null }>
  | Entry<'outcome', { outcome: CommandOutcome }>
  | Entry<'link', { state: LinkState }>
  | Entry<'pin', { sku: string | null }>
  | Entry<'show', { state: ShowState }>
  | Entry<'soldOut', { sku: string }>;

/** An entry before it gets its id and time. */
type WithoutStamp<E> = E extends unknown ? Omit<E, 'id' | 'at'> : never;
type NewEntry = WithoutStamp<LogEntry>;

function skuOf(command: LiveCommand | null): string | null {
  return command !== null && 'sku' in command ? command.sku : null;
}

/**
 * What happened on air while the console is open, newest first: commands issued and their
 * outcomes, link changes, pins, show state changes and sell-outs. It follows the live store (the
 * coalesced events), never the wire.
 */
export class ConsoleLog {
  private entries: readonly LogEntry[] = [];
  private serial = 0;
  private header: LiveHeader | null = null;
  private readonly stock = new Map<string, number>();
  private readonly rowWatches = new Map<string, () => void>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  getEntries = (): readonly LogEntry[] => this.entries;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Follows the store until the returned function is called. */
  attach(store: LiveStore): () => void {
    const follow = () => this.followHeader(store);
    follow();
    const unsubscribe = store.subscribeHeader(follow);
    return () => {
      unsubscribe();
      for (const stop of this.rowWatches.values()) stop();
      this.rowWatches.clear();
    };
  }

  noteOutcome(outcome: CommandOutcome): void {
    if (this.header !== null && this.header.run.id !== outcome.runId) return;
    this.add([{ kind: 'outcome', outcome }]);
  }

  private followHeader(store: LiveStore): void {
    const before = this.header;
    const header = store.getHeader();
    this.header = header;
    if (header === null) return;
    this.watchRows(store);
    if (before === null || before.run.id !== header.run.id) return;
    const added: NewEntry[] = [];
    const known = new Set(before.pending.map((item) => item.commandId));
    for (const item of header.pending) {
      if (!known.has(item.commandId) && item.command !== null) {
        added.push({ kind: 'command', commandKind: item.kind, sku: skuOf(item.command) });
      }
    }
    if (before.link.state !== header.link.state)
      added.push({ kind: 'link', state: header.link.state });
    if (before.pin.sku !== header.pin.sku) added.push({ kind: 'pin', sku: header.pin.sku });
    if (before.showState !== header.showState)
      added.push({ kind: 'show', state: header.showState });
    this.add(added);
  }

  private watchRows(store: LiveStore): void {
    for (const sku of store.skus()) {
      if (this.rowWatches.has(sku)) continue;
      this.stock.set(sku, store.getRow(sku)?.product.stock ?? 0);
      this.rowWatches.set(
        sku,
        store.subscribeRow(sku, () => {
          const stock = store.getRow(sku)?.product.stock;
          if (stock === undefined) return;
          const before = this.stock.get(sku) ?? 0;
          this.stock.set(sku, stock);
          if (stock === 0 && before > 0) this.add([{ kind: 'soldOut', sku }]);
        }),
      );
    }
  }

  private add(added: readonly NewEntry[]): void {
    if (added.length === 0) return;
    const at = this.now();
    const fresh: LogEntry[] = added.map((entry) => ({ ...entry, id: ++this.serial, at })).reverse();
    this.entries = [...fresh, ...this.entries].slice(0, LOG_CAPACITY);
    for (const listener of this.listeners) listener();
  }
}
