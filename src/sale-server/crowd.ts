import { io, type Socket } from 'socket.io-client';
import {
  BuyAck,
  HandshakeError,
  INTAKE_NAMESPACE,
  IntakeMessage,
  parseWith,
} from '../shared/protocol';
import { startCommentPump, type CrowdCommentOptions } from './crowd-comments';
import {
  checkPlan,
  runCrowdOn,
  type CrowdClient,
  type CrowdPlan,
  type CrowdSummary,
} from './crowd-run';

export type { CrowdPlan, CrowdSummary } from './crowd-run';

/** A crowd of socket.io viewers on the sale server's `/intake` namespace. */
export interface CrowdOptions extends CrowdPlan {
  /** The sale server's URL (the `/intake` namespace is added). */
  url: string;
  token: string;
  showId: string;
  /** Concurrent viewer connections (default 8). */
  clients?: number;
  /** Count an order as failed when no ack came within this time (default 10,000 ms). */
  ackTimeoutMs?: number;
  /** Audience size to report once connected. */
  viewers?: number;
  /** Viewers also comment (feature `audience` of the server), while the crowd runs. */
  comments?: CrowdCommentOptions;
}

/**
 * Drives simulated viewers' orders against a sale server, at a given rate or as fast as the
 * server answers, and counts the outcomes. Resolves once every sent order is answered.
 */
export async function runCrowd(options: CrowdOptions): Promise<CrowdSummary> {
  checkPlan(options);
  const clientCount = Math.max(1, options.clients ?? 8);
  const sockets = await Promise.all(
    Array.from({ length: clientCount }, () => connectViewer(options)),
  );
  try {
    if (options.viewers !== undefined) {
      sockets[0].emit(IntakeMessage.viewers, { count: options.viewers });
    }
    const pump = options.comments
      ? startCommentPump(
          (comments) => sockets[0].emit(IntakeMessage.comments, { comments }),
          options.comments,
        )
      : null;
    const clients = sockets.map((socket) => socketClient(socket, options.ackTimeoutMs ?? 10_000));
    const summary = await runCrowdOn(clients, options);
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

/** A viewer's socket as a crowd client: `buy` and `buys` with socket.io acknowledgements. */
function socketClient(socket: Socket, ackTimeoutMs: number): CrowdClient {
  const ackOf = (raw: unknown): BuyAck | null => {
    const ack = parseWith(BuyAck, raw);
    return ack.ok ? ack.value : null;
  };
  return {
    buy: (buy, answer) =>
      socket
        .timeout(ackTimeoutMs)
        .emit(IntakeMessage.buy, buy, (error: Error | null, raw: unknown) =>
          answer(error ? null : ackOf(raw)),
        ),
    buys: (buys, answer) =>
      socket
        .timeout(ackTimeoutMs)
        .emit(IntakeMessage.buys, { buys }, (error: Error | null, raw: unknown) => {
          const answers = !error && Array.isArray(raw) ? raw : [];
          answer(buys.map((_, index) => ackOf(answers[index])));
        }),
  };
}
