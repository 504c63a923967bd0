import type { Socket } from 'socket.io-client';
import { loadSocketClient } from '../../net/socket-client';
import {
  BuyAck,
  INTAKE_NAMESPACE,
  IntakeMessage,
  parseWith,
  type Buy,
  type CommentReport,
} from '../../../../shared/protocol';
import type { CrowdTotals } from '../../../../shared/model/rehearsal';
import type { CrowdOrder } from '../crowd/market';

const ACK_TIMEOUT_MS = 10_000;

/**
 * The crowd's orders: one `/intake` connection to the rehearsal server. Orders go out on the one
 * socket in the order given, so the server sees them in that order; each is answered after the
 * server's ledger committed it (or refused it).
 */
export class IntakeClient {
  readonly totals: CrowdTotals = { sent: 0, sold: 0, unitsSold: 0, refused: 0, failed: 0 };
  private buyers = 0;

  private constructor(private readonly socket: Socket) {}

  static async connect(options: {
    url: string;
    token: string;
    showId: string;
  }): Promise<IntakeClient> {
    const io = await loadSocketClient();
    const socket = io(`${options.url}${INTAKE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: options.token, showId: options.showId },
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => {
        socket.off('connect_error');
        resolve(new IntakeClient(socket));
      });
      socket.once('connect_error', (error: Error) => {
        socket.disconnect();
        reject(error);
      });
    });
  }

  /**
   * Sends the orders; resolves once every one is answered, with the last seq sold. One timer
   * waits for all of them (not one per order): those still unanswered when it fires, or whose
   * connection dropped, count as failed, and a later answer is ignored.
   */
  buy(orders: readonly CrowdOrder[]): Promise<number> {
    if (orders.length === 0) return Promise.resolve(0);
    return new Promise((resolve) => {
      let waiting = orders.length;
      let lastSeq = 0;
      const timer = setTimeout(() => {
        this.totals.failed += waiting;
        waiting = 0;
        resolve(lastSeq);
      }, ACK_TIMEOUT_MS);
      for (const order of orders) {
        this.buyers += 1;
        const buy: Buy = { sku: order.sku, qty: order.qty, buyerId: `viewer-${this.buyers}` };
        this.totals.sent += 1;
        this.socket.emit(IntakeMessage.buy, buy, (raw: unknown) => {
          if (waiting === 0) return;
          lastSeq = Math.max(lastSeq, this.record(order, raw));
          waiting -= 1;
          if (waiting > 0) return;
          clearTimeout(timer);
          resolve(lastSeq);
        });
      }
    });
  }

  /** Viewers' comments (the server relays them to consoles with the `audience` addition). */
  comment(comments: readonly CommentReport[]): void {
    for (let i = 0; i < comments.length; i += 1000) {
      this.socket.emit(IntakeMessage.comments, { comments: comments.slice(i, i + 1000) });
    }
  }

  reportViewers(count: number): void {
    this.socket.emit(IntakeMessage.viewers, { count });
  }

  close(): void {
    this.socket.disconnect();
  }

  private record(order: CrowdOrder, raw: unknown): number {
    const ack = parseWith(BuyAck, raw);
    if (!ack.ok) {
      this.totals.failed += 1;
      return 0;
    }
    if (ack.value.status === 'refused') {
      this.totals.refused += 1;
      return 0;
    }
    this.totals.sold += 1;
    this.totals.unitsSold += order.qty;
    return ack.value.seq;
  }
}
