import { io, type Socket } from 'socket.io-client';
import {
  BuyAck,
  HandshakeError,
  type Buy,
  INTAKE_NAMESPACE,
  IntakeMessage,
  parseWith,
  type BuyRefusal,
} from '../shared/protocol';
import { startCommentPump, type CrowdCommentOptions } from './crowd-comments';

export interface CrowdOptions {
  /** The sale server's URL (the `/intake` namespace is added). */
  url: string;
  token: string;
  showId: string;
  /** SKUs to buy, taken in turn. */
  skus: string[];
  /** Orders per second over all clients; Infinity: each client keeps `window` orders in flight. */
  rate: number;
  /** Stop sending after this many seconds. */
  seconds?: number;
  /** Stop sending after this many orders. */
  orders?: number;
  /** Concurrent viewer connections (default 8). */
  clients?: number;
  /** Units per order (default 1). */
  qty?: number;
  /** Orders in flight per client at full speed (default 64). */
  window?: number;
  /** Stop once every SKU was refused as sold out. */
  stopWhenSoldOut?: boolean;
  /** Audience size to report once connected. */
  viewers?: number;
  /** Count an order as failed when no ack came within this time (default 10,000 ms). */
  ackTimeoutMs?: number;
  /** Prefix of buyer ids (default "viewer"). */
  buyerPrefix?: string;
  signal?: AbortSignal;
  /**
   * At a set rate, send each client's buys of a pacing tick in one `buys` message (the reference
   * sale server's; one websocket write a client a tick instead of one a buy). Default: one `buy`
   * each.
   */
  batch?: boolean;
  /** Viewers also comment (feature `audience` of the server), while the crowd runs. */
  comments?: CrowdCommentOptions;
}

export interface CrowdSummary {
  sent: number;
  /** Orders sold (acknowledged as sold). */
  sold: number;
  unitsSold: number;
  refusedSoldOut: number;
  refused: Partial<Record<BuyRefusal, number>>;
  /** Orders without a valid ack in time (outcome unknown to the crowd). */
  failed: number;
  durationMs: number;
  /** Comments sent. */
  comments: number;
}

const PACE_MS = 5;

/**
 * Drives simulated viewers' orders against a sale server, at a given rate or as fast as the
 * server answers, and counts the outcomes. Resolves once every sent order is answered.
 */
export async function runCrowd(options: CrowdOptions): Promise<CrowdSummary> {
  if (options.skus.length === 0) throw new Error('the crowd needs at least one SKU');
  if (options.seconds === undefined && options.orders === undefined && !options.stopWhenSoldOut) {
    throw new Error('the crowd needs seconds, orders or stopWhenSoldOut to know when to stop');
  }
  const clientCount = Math.max(1, options.clients ?? 8);
  const sockets = await Promise.all(
    Array.from({ length: clientCount }, () => connectViewer(options)),
  );
  try {
    if (options.viewers !== undefined) {
      sockets[0].emit(IntakeMessage.viewers, { count: options.viewers });
    }
    const pump = options.comments ? startCommentPump(sockets[0], options.comments) : null;
    const summary = await new CrowdRun(options, sockets).run();
    summary.comments = pump?.stop() ?? 0;
    return summary;
  } finally {
    await Promise.all(sockets.map(disconnectFlushed));
  }
}

/**
 * Disconnects a viewer once what it emitted is written: a `comments` message has no ack, and a
 * busy crowd may still hold seconds of them when its orders are done (a CLI that exits at once
 * would lose them). The connection is closed, not left with a namespace disconnect packet: a
 * socket.io server runs an event on the tick after it was read and drops it when a disconnect
 * packet came in the same read, so the last comments message was lost now and then (190 of 200
 * counted).
 */
function disconnectFlushed(socket: Socket): Promise<void> {
  const manager = socket.io;
  const engine = manager.engine;
  return new Promise((resolve) => {
    if (engine.readyState === 'closed') {
      resolve();
      return;
    }
    engine.once('close', () => resolve());
    manager.reconnection(false);
    engine.close();
  });
}

function connectViewer(options: CrowdOptions): Promise<Socket> {
  const socket = io(`${options.url}${INTAKE_NAMESPACE}`, {
    transports: ['websocket'],
    auth: { token: options.token, showId: options.showId },
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.off('connect_error');
      resolve(socket);
    });
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.disconnect();
      const refusal = parseWith(HandshakeError, error.data);
      reject(
        new Error(refusal.ok ? `${refusal.value.code}: ${refusal.value.message}` : error.message),
      );
    });
  });
}

class CrowdRun {
  private readonly summary: CrowdSummary = {
    sent: 0,
    sold: 0,
    unitsSold: 0,
    refusedSoldOut: 0,
    refused: {},
    failed: 0,
    durationMs: 0,
    comments: 0,
  };
  private readonly soldOut = new Set<string>();
  private readonly start = performance.now();
  private readonly deadline: number;
  private readonly maxOrders: number;
  private readonly qty: number;
  private inFlight = 0;
  private stopped = false;
  private nextSku = 0;
  private nextClient = 0;
  private pacer: NodeJS.Timeout | null = null;
  private finish: () => void = () => undefined;

  constructor(
    private readonly options: CrowdOptions,
    private readonly sockets: Socket[],
  ) {
    this.deadline = options.seconds === undefined ? Infinity : this.start + options.seconds * 1000;
    this.maxOrders = options.orders ?? Infinity;
    this.qty = options.qty ?? 1;
  }

  run(): Promise<CrowdSummary> {
    const done = new Promise<void>((resolve) => {
      this.finish = resolve;
    });
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (Number.isFinite(this.options.rate)) {
      this.pacer = setInterval(() => this.pace(), PACE_MS);
      this.pace();
    } else {
      const window = Math.max(1, this.options.window ?? 64);
      for (const socket of this.sockets) {
        for (let i = 0; i < window && this.canSend(); i++) this.send(socket);
      }
    }
    this.settleIfDone();
    return done.then(() => {
      this.summary.durationMs = performance.now() - this.start;
      return this.summary;
    });
  }

  private pace(): void {
    if (!this.canSend()) {
      this.stop();
      return;
    }
    const elapsed = performance.now() - this.start;
    const due = Math.min(this.maxOrders, Math.floor((elapsed * this.options.rate) / 1000));
    const batches = this.options.batch ? this.sockets.map((): Buy[] => []) : null;
    while (this.summary.sent < due && this.canSend()) {
      if (batches) batches[this.nextClient].push(this.nextBuy());
      else this.send(this.sockets[this.nextClient]);
      this.nextClient = (this.nextClient + 1) % this.sockets.length;
    }
    batches?.forEach((buys, client) => {
      if (buys.length > 0) this.sendBatch(this.sockets[client], buys);
    });
  }

  private canSend(): boolean {
    if (this.stopped || this.options.signal?.aborted) return false;
    if (this.summary.sent >= this.maxOrders || performance.now() >= this.deadline) return false;
    return !(this.options.stopWhenSoldOut && this.soldOut.size >= this.options.skus.length);
  }

  /** The next order, counted as sent and in flight. */
  private nextBuy(): Buy {
    const skus = this.options.skus;
    const sku = skus[this.nextSku];
    this.nextSku = (this.nextSku + 1) % skus.length;
    this.summary.sent += 1;
    this.inFlight += 1;
    return {
      sku,
      qty: this.qty,
      buyerId: `${this.options.buyerPrefix ?? 'viewer'}-${this.summary.sent}`,
    };
  }

  private send(socket: Socket): void {
    const buy = this.nextBuy();
    socket
      .timeout(this.options.ackTimeoutMs ?? 10_000)
      .emit(IntakeMessage.buy, buy, (error: Error | null, raw: unknown) => {
        this.inFlight -= 1;
        this.record(buy.sku, error ? null : raw);
        if (!Number.isFinite(this.options.rate) && this.canSend()) this.send(socket);
        this.settleIfDone();
      });
  }

  private sendBatch(socket: Socket, buys: Buy[]): void {
    socket
      .timeout(this.options.ackTimeoutMs ?? 10_000)
      .emit(IntakeMessage.buys, { buys }, (error: Error | null, raw: unknown) => {
        this.inFlight -= buys.length;
        const answers = !error && Array.isArray(raw) ? raw : [];
        buys.forEach((buy, index) => this.record(buy.sku, answers[index] ?? null));
        this.settleIfDone();
      });
  }

  private record(sku: string, raw: unknown): void {
    const ack = parseWith(BuyAck, raw);
    if (!ack.ok) {
      this.summary.failed += 1;
      return;
    }
    if (ack.value.status === 'sold') {
      this.summary.sold += 1;
      this.summary.unitsSold += this.qty;
      return;
    }
    const reason = ack.value.reason;
    this.summary.refused[reason] = (this.summary.refused[reason] ?? 0) + 1;
    if (reason === 'sold_out') {
      this.summary.refusedSoldOut += 1;
      this.soldOut.add(sku);
    }
  }

  private stop(): void {
    this.stopped = true;
    if (this.pacer !== null) clearInterval(this.pacer);
    this.pacer = null;
    this.settleIfDone();
  }

  private settleIfDone(): void {
    if (!this.canSend() && this.pacer !== null) this.stop();
    if (this.inFlight === 0 && !this.canSend()) this.finish();
  }
}
