import type { Socket } from 'socket.io-client';
import { loadSocketClient } from '../../net/socket-client';
import {
  ConsoleMessage,
  PROTOCOL_VERSION,
  ServerMessage,
  ShowMirror,
  SnapshotMessage,
  Welcome,
  parseEventsBatch,
  parseWith,
} from '../../../../shared/protocol';
import type { MarketView } from '../crowd/market';

export interface ObserverOptions {
  url: string;
  token: string;
  showId: string;
}

/**
 * What the crowd sees of the show: a console-protocol connection straight to the rehearsal
 * server (not through the console's relay, so it stays up while the console's link is cut),
 * following the show with a ShowMirror.
 */
export class ShowObserver {
  private mirror: ShowMirror | null = null;
  private readonly waiters = new Set<() => void>();
  private snapshotAsked = false;

  private constructor(private readonly socket: Socket) {
    socket.on(ServerMessage.welcome, (raw: unknown) => {
      const welcome = parseWith(Welcome, raw);
      if (welcome.ok) this.replace(new ShowMirror(welcome.value));
    });
    socket.on(ServerMessage.snapshot, (raw: unknown) => {
      const snapshot = parseWith(SnapshotMessage, raw);
      if (snapshot.ok) this.replace(new ShowMirror(snapshot.value));
    });
    socket.on(ServerMessage.events, (raw: unknown) => this.events(raw));
  }

  /** Connects and resolves once the server's welcome arrived. */
  static async connect(options: ObserverOptions): Promise<ShowObserver> {
    const io = await loadSocketClient();
    const socket = io(options.url, {
      transports: ['websocket'],
      forceNew: true,
      auth: {
        token: options.token,
        showId: options.showId,
        consoleId: 'rehearsal-crowd',
        protocolVersion: PROTOCOL_VERSION,
      },
    });
    const observer = new ShowObserver(socket);
    const welcomed = await observer.until(() => observer.mirror !== null, 10_000);
    if (!welcomed) {
      socket.disconnect();
      throw new Error('the rehearsal server did not welcome the crowd');
    }
    return observer;
  }

  get seq(): number {
    return this.mirror?.seq ?? 0;
  }

  get viewers(): number {
    return this.mirror?.viewers ?? 0;
  }

  get live(): boolean {
    return this.mirror?.state === 'live';
  }

  /** The products as the audience sees them named (for the crowd's comments). */
  productNames(): { sku: string; name: string }[] {
    return this.mirror?.toSnapshot().products.map(({ sku, name }) => ({ sku, name })) ?? [];
  }

  market(): MarketView {
    const mirror = this.mirror;
    if (!mirror) return { live: false, pinnedSku: null, products: [] };
    return {
      live: mirror.state === 'live',
      pinnedSku: mirror.pin.sku,
      products: mirror.toSnapshot().products.map((product) => ({
        sku: product.sku,
        priceMinor: product.flashSale ? product.flashSale.priceMinor : product.priceMinor,
        stock: product.stock,
      })),
    };
  }

  /** Resolves true once `check` holds (checked after every message), false after `timeoutMs`. */
  until(check: () => boolean, timeoutMs: number): Promise<boolean> {
    if (check()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  close(): void {
    this.socket.disconnect();
    for (const waiter of [...this.waiters]) waiter();
  }

  private events(raw: unknown): void {
    const mirror = this.mirror;
    if (!mirror) return;
    for (const event of parseEventsBatch(raw).events) {
      if (event.seq <= mirror.seq) continue;
      if (event.seq !== mirror.seq + 1) {
        this.askSnapshot();
        return;
      }
      mirror.apply(event);
    }
    this.notify();
  }

  private askSnapshot(): void {
    if (this.snapshotAsked) return;
    this.snapshotAsked = true;
    this.socket.emit(ConsoleMessage.requestSnapshot, {});
  }

  private replace(mirror: ShowMirror): void {
    this.mirror = mirror;
    this.snapshotAsked = false;
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
