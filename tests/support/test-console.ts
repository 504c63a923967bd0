import { io, type Socket } from 'socket.io-client';
import {
  AudienceMessage,
  Ack,
  ClockReply,
  ConsoleMessage,
  HandshakeError,
  Heartbeat,
  HistoryReply,
  PROTOCOL_VERSION,
  ServerMessage,
  SnapshotMessage,
  SnapshotRequired,
  Welcome,
  parseEventsBatch,
  parseWith,
  type MalformedEvent,
  type ServerEvent,
} from '../../src/shared/protocol';

export interface TestConsoleOptions {
  url: string;
  token: string;
  showId: string;
  consoleId?: string;
  protocolVersion?: number;
  /** Resume in the handshake from this seq. */
  fromSeq?: number;
  /** Protocol additions to offer in the handshake. */
  features?: string[];
}

/**
 * A bare console for tests: connects with the protocol's handshake, validates everything the
 * server sends, records it in arrival order, and lets a test wait for what it expects.
 */
export class TestConsole {
  welcome: Welcome | null = null;
  readonly events: ServerEvent[] = [];
  readonly malformed: MalformedEvent[] = [];
  readonly snapshots: SnapshotMessage[] = [];
  readonly snapshotRequired: SnapshotRequired[] = [];
  readonly heartbeats: Heartbeat[] = [];
  /** Messages of the `audience` addition, by name, unvalidated. */
  readonly audience: { name: string; payload: unknown }[] = [];
  /** Every valid message in arrival order, by name. */
  readonly log: string[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: Socket) {
    for (const name of Object.values(AudienceMessage)) {
      socket.on(name, (payload: unknown) =>
        this.record(name, () => this.audience.push({ name, payload })),
      );
    }
    socket.on(ServerMessage.welcome, (raw: unknown) => {
      const parsed = parseWith(Welcome, raw);
      if (parsed.ok) this.record(ServerMessage.welcome, () => (this.welcome = parsed.value));
      else this.malformed.push({ index: null, issues: parsed.issues });
    });
    socket.on(ServerMessage.events, (raw: unknown) => {
      const batch = parseEventsBatch(raw);
      this.malformed.push(...batch.malformed);
      this.record(ServerMessage.events, () => this.events.push(...batch.events));
    });
    socket.on(ServerMessage.snapshotRequired, (raw: unknown) => {
      const parsed = parseWith(SnapshotRequired, raw);
      if (parsed.ok)
        this.record(ServerMessage.snapshotRequired, () => this.snapshotRequired.push(parsed.value));
    });
    socket.on(ServerMessage.heartbeat, (raw: unknown) => {
      const parsed = parseWith(Heartbeat, raw);
      if (parsed.ok) this.record(ServerMessage.heartbeat, () => this.heartbeats.push(parsed.value));
    });
    socket.on(ServerMessage.snapshot, (raw: unknown) => {
      const parsed = parseWith(SnapshotMessage, raw);
      if (parsed.ok) this.record(ServerMessage.snapshot, () => this.snapshots.push(parsed.value));
    });
  }

  /** Connects and resolves once the welcome has arrived. */
  static async connect(options: TestConsoleOptions): Promise<TestConsole> {
    const client = new TestConsole(open(options));
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect_error', (error: Error) => reject(error));
      client.until(() => client.welcome !== null).then(resolve, reject);
    });
    return client;
  }

  /** Connects expecting a refusal, and resolves with the server's reason. */
  static refusal(options: TestConsoleOptions): Promise<HandshakeError> {
    const socket = open(options);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => {
        socket.disconnect();
        reject(new Error('the handshake was accepted'));
      });
      socket.once('connect_error', (error: Error & { data?: unknown }) => {
        socket.disconnect();
        const parsed = parseWith(HandshakeError, error.data);
        if (parsed.ok) resolve(parsed.value);
        else reject(new Error(`connect_error without a protocol reason: ${error.message}`));
      });
    });
  }

  /** The welcome, which `connect` has always received. */
  get welcomed(): Welcome {
    if (!this.welcome) throw new Error('no welcome yet');
    return this.welcome;
  }

  get lastSeq(): number {
    return this.events.at(-1)?.seq ?? this.welcome?.seq ?? 0;
  }

  /** Sends a command (valid or not) and resolves with its validated ack. */
  async command(command: unknown): Promise<Ack> {
    const raw: unknown = await this.socket
      .timeout(5000)
      .emitWithAck(ConsoleMessage.command, command);
    const parsed = parseWith(Ack, raw);
    if (!parsed.ok) throw new Error(`malformed ack: ${JSON.stringify(raw)}`);
    return parsed.value;
  }

  async clock(): Promise<ClockReply> {
    const raw: unknown = await this.socket.timeout(5000).emitWithAck(ConsoleMessage.clock, {});
    return ClockReply.parse(raw);
  }

  /** Sends a `history` request (valid or not) and resolves with its validated reply. */
  async history(request: unknown): Promise<HistoryReply> {
    const raw: unknown = await this.socket
      .timeout(5000)
      .emitWithAck(ConsoleMessage.history, request);
    return HistoryReply.parse(raw);
  }

  resume(fromSeq: number): void {
    this.socket.emit(ConsoleMessage.resume, { fromSeq });
  }

  requestSnapshot(): void {
    this.socket.emit(ConsoleMessage.requestSnapshot, {});
  }

  /** Resolves when `check` holds, checking after every message; rejects after `timeoutMs`. */
  until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`condition not met; last seq ${this.lastSeq}, log ${this.log.join(',')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  untilSeq(seq: number): Promise<void> {
    return this.until(() => this.lastSeq >= seq);
  }

  close(): void {
    this.socket.disconnect();
  }

  private record(name: string, apply: () => void): void {
    apply();
    this.log.push(name);
    for (const waiter of [...this.waiters]) waiter();
  }
}

function open(options: TestConsoleOptions): Socket {
  return io(options.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: {
      token: options.token,
      showId: options.showId,
      consoleId: options.consoleId ?? 'test-console',
      protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
      ...(options.fromSeq === undefined ? {} : { fromSeq: options.fromSeq }),
      ...(options.features === undefined ? {} : { features: options.features }),
    },
  });
}
