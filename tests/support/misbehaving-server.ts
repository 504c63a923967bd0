import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import {
  ConsoleMessage,
  PROTOCOL_VERSION,
  ServerMessage,
  type Ack,
  type HandshakeErrorCode,
  type ServerEvent,
  type SnapshotMessage,
} from '../../src/shared/protocol';
import { TEST_SHOW } from './sale-server';

/** How the server answers; a test may change it between connections. */
export interface Misbehaviour {
  /** Refuse every handshake with this code. */
  refuse: HandshakeErrorCode | null;
  /** The show's events so far (welcome and snapshots say the last one's seq). */
  events: ServerEvent[];
  /** What a resume (in the handshake or as a message) gets: the replay, nothing, or a bad replay. */
  resume: 'replay' | 'ignore' | 'malformed';
  /** Whether `requestSnapshot` is answered. */
  snapshot: boolean;
  /** How many commands are rejected with `internal` before they are applied. */
  internalRejections: number;
}

/** One product, live, at the last event's stock. */
function snapshotOf(events: readonly ServerEvent[]): SnapshotMessage {
  const last = events.at(-1);
  const stock = last?.type === 'order' ? last.stock : 1000;
  return {
    serverTime: Date.now(),
    showId: TEST_SHOW,
    state: 'live',
    seq: last?.seq ?? 0,
    snapshot: {
      products: [
        {
          sku: 'A',
          name: 'A',
          priceMinor: 1000,
          currency: 'CNY',
          stock,
          sold: 1000 - stock,
          flashSale: null,
        },
      ],
      pin: { sku: null, until: null },
      viewers: 0,
    },
  };
}

/** The order with this seq on a show of one product A that starts with 1,000 units. */
export function orderEvent(seq: number): ServerEvent {
  return {
    type: 'order',
    seq,
    at: Date.now(),
    orderId: `o${seq}`,
    sku: 'A',
    qty: 1,
    priceMinor: 1000,
    stock: 1000 - seq,
    sold: seq,
  };
}

/**
 * A scripted sale server for the console's answers to a server that misbehaves: it refuses, does
 * not answer a resume or a snapshot request, replays malformed events, has fewer events than the
 * console (`ahead`), or rejects commands with `internal`. It records what the console asked.
 */
export class MisbehavingServer {
  readonly script: Misbehaviour = {
    refuse: null,
    events: [],
    resume: 'replay',
    snapshot: true,
    internalRejections: 0,
  };
  /** Handshakes seen (refused ones included). */
  attempts = 0;
  /** Resume points asked for, in the handshake or as a message. */
  readonly resumes: number[] = [];
  snapshotRequests = 0;
  /** The command ids received, once per send. */
  readonly commands: string[] = [];
  private readonly applied = new Set<string>();
  private socket: Socket | null = null;

  private constructor(
    private readonly io: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<MisbehavingServer> {
    const http = createServer();
    const io = new Server(http, { serveClient: false });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    const server = new MisbehavingServer(io, `http://127.0.0.1:${port}`);
    server.listen();
    return server;
  }

  /** Appends events to the show and sends them (or only `sent` of them) to the console. */
  publish(events: ServerEvent[], sent: ServerEvent[] = events): void {
    this.script.events.push(...events);
    if (sent.length > 0) this.socket?.emit(ServerMessage.events, { events: sent });
  }

  async close(): Promise<void> {
    await this.io.close();
  }

  private listen(): void {
    this.io.use((_socket, next) => {
      this.attempts += 1;
      const code = this.script.refuse;
      if (code === null) {
        next();
        return;
      }
      const message = `refused: ${code}`;
      next(Object.assign(new Error(message), { data: { code, message } }));
    });
    this.io.on('connection', (socket) => {
      this.socket = socket;
      const auth = socket.handshake.auth as { fromSeq?: number };
      socket.emit(ServerMessage.welcome, {
        protocolVersion: PROTOCOL_VERSION,
        ...snapshotOf(this.script.events),
      });
      if (auth.fromSeq !== undefined) this.resume(socket, auth.fromSeq);
      socket.on(ConsoleMessage.resume, (payload: { fromSeq: number }) =>
        this.resume(socket, payload.fromSeq),
      );
      socket.on(ConsoleMessage.requestSnapshot, () => {
        this.snapshotRequests += 1;
        if (this.script.snapshot) {
          socket.emit(ServerMessage.snapshot, snapshotOf(this.script.events));
        }
      });
      socket.on(ConsoleMessage.command, (command: { commandId: string }, ack: (a: Ack) => void) => {
        this.commands.push(command.commandId);
        if (this.script.internalRejections > 0) {
          this.script.internalRejections -= 1;
          ack({
            commandId: command.commandId,
            status: 'rejected',
            reason: { code: 'internal', message: 'the ledger failed' },
          });
          return;
        }
        const repeat = this.applied.has(command.commandId);
        this.applied.add(command.commandId);
        ack(
          repeat
            ? { commandId: command.commandId, status: 'duplicate', original: 'applied' }
            : { commandId: command.commandId, status: 'applied' },
        );
      });
      socket.on(ConsoleMessage.clock, (_payload: unknown, ack: (reply: unknown) => void) =>
        ack({ serverTime: Date.now() }),
      );
    });
  }

  private resume(socket: Socket, fromSeq: number): void {
    this.resumes.push(fromSeq);
    const latest = this.script.events.at(-1)?.seq ?? 0;
    if (fromSeq > latest) {
      socket.emit(ServerMessage.snapshotRequired, {
        fromSeq,
        oldestSeq: 1,
        latestSeq: latest,
        reason: 'ahead',
      });
      socket.emit(ServerMessage.snapshot, snapshotOf(this.script.events));
      return;
    }
    const replay = this.script.events.filter((event) => event.seq > fromSeq);
    if (replay.length === 0 || this.script.resume === 'ignore') return;
    const events =
      this.script.resume === 'malformed'
        ? [{ ...replay[0], stock: -1 }, ...replay.slice(1)]
        : replay;
    socket.emit(ServerMessage.events, { events });
  }
}
