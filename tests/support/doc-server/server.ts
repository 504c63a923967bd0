/**
 * A sale server written from docs/protocol.md alone, to check the document: if a console works
 * against it, the document was enough to build a server. It imports nothing from src/ (its types
 * are in ./wire.ts) and keeps the show in memory. Each optional feature of section 3.1 can be
 * switched off, and a test can stall its traffic, cut its connections or send anything it likes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { Moderation } from './audience';
import { DocShow } from './show';
import {
  Auth,
  Buy,
  Buys,
  Command,
  CommentReport,
  History,
  Resume,
  issuesOf,
  readableCommandId,
  type Ack,
  type Issue,
  type LineupItem,
  type ShowState,
} from './wire';

export const DOC_FEATURES = ['heartbeat', 'history', 'audience'] as const;
const PROTOCOL_VERSION = 1;
/** Section 6: a live batch holds at most 5,000 events, a replay batch at most 1,000. */
const BATCH_LIMIT = 1000;
const INVALID_BUY = { status: 'refused', reason: 'invalid' } as const;

export interface DocServerOptions {
  token?: string;
  showId?: string;
  products?: LineupItem[];
  state?: ShowState;
  /** The additions this server implements (default: all of DOC_FEATURES). */
  features?: readonly string[];
  /** Events kept for a resume (default 100,000). */
  retainEvents?: number;
  heartbeatMs?: number;
  flushMs?: number;
  maxEvents?: number;
}

interface Connection {
  socket: Socket;
  features: ReadonlySet<string>;
  /** The last seq sent on this connection. */
  sent: number;
  /** Whether its welcome went out (nothing is sent before it). */
  welcomed: boolean;
}

type Reply = (answer: unknown) => void;

export class DocServer {
  readonly show: DocShow;
  readonly token: string;
  /** Every message the consoles sent, by name, in arrival order. */
  readonly received: { name: string; payload: unknown }[] = [];
  /** Heartbeats sent so far, over all connections. */
  heartbeatsSent = 0;
  /** Console connections accepted so far. */
  connectionsOpened = 0;
  /** Sends the next events batch with every event of an unknown type (so the console drops it). */
  corruptNextBatch = false;
  /** Fields that override the welcome's from the next connection on (hostile-input tests). */
  welcomeOverride: Record<string, unknown> = {};
  /** Rewrites every ack before it is sent (hostile-input tests); null sends it as it is. */
  rewriteAck: ((ack: Ack) => unknown) | null = null;
  /** Sends every ack twice, the same packet again (a faulty server or network). */
  ackTwice = false;
  /** Delays everything sent to the consoles by this many ms, in order (a very slow server). */
  delayMs = 0;
  /** Sends the first half of the next events batch, then drops the connection. */
  cutMidBatch = false;
  private readonly connections = new Set<Connection>();
  private readonly features: ReadonlySet<string>;
  private readonly retain: number;
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly intervals: NodeJS.Timeout[] = [];
  /** While stalled, what would be sent waits here (the connections stay open). */
  private held: (() => void)[] | null = null;
  private commentQueue: unknown[] = [];
  /** While half-open, what the consoles send is dropped unread. */
  private deaf = false;

  private constructor(
    private readonly io: Server,
    readonly url: string,
    readonly port: number,
    private readonly options: DocServerOptions,
  ) {
    this.token = options.token ?? 'doc-token';
    this.features = new Set(options.features ?? DOC_FEATURES);
    this.retain = options.retainEvents ?? 100_000;
    this.show = new DocShow(
      options.showId ?? 'doc-show',
      options.products ?? [],
      options.state ?? 'planned',
      () => this.scheduleFlush(),
      (effect) => this.moderated(effect),
    );
  }

  static async start(options: DocServerOptions = {}, port = 0): Promise<DocServer> {
    const http = createServer();
    const io = new Server(http, { serveClient: false, maxHttpBufferSize: 4 * 1024 * 1024 });
    await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
    const address = http.address() as AddressInfo;
    const server = new DocServer(io, `http://127.0.0.1:${address.port}`, address.port, options);
    server.listen();
    return server;
  }

  /** A viewer's order (section 10). */
  buy(sku: string, qty = 1, buyer = 'viewer-1'): ReturnType<DocShow['buy']> {
    const answer = this.show.buy(sku, qty, buyer);
    if (answer.status === 'sold') this.flush();
    return answer;
  }

  /** A viewer's comment (section 15.5). */
  comment(report: CommentReport): void {
    const comment = this.show.audience.receive(report);
    if (!comment) return;
    this.commentQueue.push(comment);
    if (this.commentQueue.length === 1) setTimeout(() => this.flushComments(), 100);
  }

  /** Stops all traffic to the consoles, keeping their connections open, until `release`. */
  stall(): void {
    this.held ??= [];
  }

  /** Stops reading the consoles' messages too (they are dropped unread), until `release`. */
  halfOpen(): void {
    this.stall();
    this.deaf = true;
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    this.deaf = false;
    this.flush();
    for (const send of held) send();
  }

  /** Drops every console's connection (the consoles reconnect and resume). */
  cut(): void {
    for (const connection of this.connections) connection.socket.disconnect(true);
  }

  /** Sends any message to every console, for hostile-input tests. */
  sendRaw(name: string, payload: unknown): void {
    for (const { socket } of this.connections) socket.emit(name, payload);
  }

  get consoles(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    this.show.close();
    for (const interval of this.intervals) clearInterval(interval);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.io.close();
  }

  private listen(): void {
    this.io.use((socket, next) => {
      const refusal = this.refusal(socket.handshake.auth);
      if (!refusal) {
        next();
        return;
      }
      next(Object.assign(new Error(refusal.message), { data: refusal }));
    });
    this.io.on('connection', (socket) => this.open(socket));
    this.io.of('/intake').on('connection', (socket) => {
      socket.on('buy', (payload: unknown, reply?: unknown) => {
        if (typeof reply === 'function') reply(this.intakeBuy(payload));
      });
      socket.on('buys', (payload: unknown, reply?: unknown) => {
        if (typeof reply !== 'function') return;
        const parsed = Buys.safeParse(payload);
        reply(parsed.success ? parsed.data.buys.map((item) => this.intakeBuy(item)) : INVALID_BUY);
      });
      socket.on('comments', (payload: { comments?: unknown[] }) => {
        for (const raw of payload?.comments ?? []) {
          const parsed = CommentReport.safeParse(raw);
          if (parsed.success) this.comment(parsed.data);
        }
      });
      socket.on('viewers', (payload: { count?: unknown }) => {
        if (Number.isInteger(payload?.count)) this.show.setViewers(payload.count as number);
      });
    });
    this.intervals.push(
      setInterval(() => this.heartbeat(), this.options.heartbeatMs ?? 500),
      setInterval(() => this.sendDemand(), 1000),
    );
  }

  /** A `buy` payload from the intake, taken or refused (section 10). */
  private intakeBuy(payload: unknown): unknown {
    const parsed = Buy.safeParse(payload);
    return parsed.success
      ? this.buy(parsed.data.sku, parsed.data.qty, parsed.data.buyerId)
      : INVALID_BUY;
  }

  private refusal(raw: unknown): { code: string; message: string; serverVersion?: number } | null {
    const auth = Auth.safeParse(raw);
    if (!auth.success) return { code: 'invalid_handshake', message: auth.error.message };
    if (auth.data.token !== this.token)
      return { code: 'bad_token', message: 'the token is not valid' };
    if (auth.data.protocolVersion !== PROTOCOL_VERSION) {
      return {
        code: 'bad_version',
        message: `protocol version ${auth.data.protocolVersion} is not supported; this server speaks 1`,
        serverVersion: PROTOCOL_VERSION,
      };
    }
    if (auth.data.showId !== this.show.showId) {
      return { code: 'unknown_show', message: `no show ${auth.data.showId}` };
    }
    return null;
  }

  private open(socket: Socket): void {
    const auth = Auth.parse(socket.handshake.auth);
    const agreed = [...new Set(auth.features ?? [])].filter((name) => this.features.has(name));
    const connection: Connection = {
      socket,
      features: new Set(agreed),
      sent: this.show.seq,
      welcomed: false,
    };
    this.connections.add(connection);
    this.connectionsOpened += 1;
    socket.on('disconnect', () => this.connections.delete(connection));
    this.out(() => {
      socket.emit('welcome', {
        protocolVersion: PROTOCOL_VERSION,
        ...(agreed.length > 0 ? { features: agreed } : {}),
        ...this.state(),
        ...this.welcomeOverride,
      });
      connection.sent = this.show.seq;
      connection.welcomed = true;
      if (connection.features.has('audience')) {
        socket.emit('audienceState', this.show.audience.state());
        socket.emit('demand', this.show.audience.totals());
      }
      if (auth.fromSeq !== undefined) this.resume(connection, auth.fromSeq);
    });
    this.on(socket, 'resume', (payload) => {
      const parsed = Resume.safeParse(payload);
      if (parsed.success) this.out(() => this.resume(connection, parsed.data.fromSeq));
    });
    this.on(socket, 'requestSnapshot', () => this.out(() => socket.emit('snapshot', this.state())));
    this.on(socket, 'clock', (_payload, reply) =>
      this.out(() => reply?.({ serverTime: Date.now() })),
    );
    this.on(socket, 'command', (payload, reply) => {
      if (!reply) return;
      const ack = this.command(connection, payload);
      this.flush();
      this.out(() =>
        (this.ackTwice ? this.twice(socket, reply) : reply)(this.rewriteAck?.(ack) ?? ack),
      );
    });
    this.on(socket, 'history', (payload, reply) => {
      if (!reply || !connection.features.has('history')) return;
      const parsed = History.safeParse(payload);
      const answer = parsed.success
        ? {
            status: 'ok',
            latestSeq: this.show.seq,
            events: this.show.log.slice(
              parsed.data.fromSeq - 1,
              Math.min(parsed.data.toSeq, parsed.data.fromSeq - 1 + parsed.data.limit),
            ),
          }
        : { status: 'error', code: 'invalid', message: parsed.error.message };
      this.out(() => reply(answer));
    });
  }

  private on(socket: Socket, name: string, handle: (payload: unknown, reply?: Reply) => void) {
    socket.on(name, (payload: unknown, reply?: unknown) => {
      if (this.deaf) return;
      this.received.push({ name, payload });
      handle(payload, typeof reply === 'function' ? (reply as Reply) : undefined);
    });
  }

  private command(connection: Connection, payload: unknown): Ack {
    const commandId = readableCommandId(payload);
    const parsed = Command.safeParse(payload);
    if (!parsed.success)
      return this.invalid(commandId, parsed.error.message, issuesOf(parsed.error));
    const moderation = ['pinComment', 'hideComment', 'muteViewer'].includes(parsed.data.type);
    if (moderation && !connection.features.has('audience')) {
      return this.invalid(commandId, `unknown command type ${parsed.data.type}`, []);
    }
    return this.show.command(parsed.data);
  }

  private invalid(commandId: string | null, message: string, issues: Issue[]): Ack {
    const reason = { code: 'invalid' as const, message, ...(issues.length > 0 ? { issues } : {}) };
    return { commandId, status: 'rejected', reason };
  }

  /** Section 8: replay from `fromSeq`, or a snapshot when the server cannot. */
  private resume(connection: Connection, fromSeq: number): void {
    const latestSeq = this.show.seq;
    const oldestSeq = Math.max(1, latestSeq - this.retain + 1);
    const reason = fromSeq > latestSeq ? 'ahead' : fromSeq + 1 < oldestSeq ? 'too_old' : null;
    if (reason) {
      connection.socket.emit('snapshotRequired', { fromSeq, oldestSeq, latestSeq, reason });
      connection.socket.emit('snapshot', this.state());
      connection.sent = latestSeq;
      return;
    }
    connection.sent = fromSeq;
    this.send(connection);
  }

  private state() {
    return {
      serverTime: Date.now(),
      showId: this.show.showId,
      state: this.show.state,
      seq: this.show.seq,
      snapshot: this.show.snapshot(),
    };
  }

  private scheduleFlush(): void {
    const waiting = Math.min(...[...this.connections].map((c) => this.show.seq - c.sent));
    if (waiting >= (this.options.maxEvents ?? 500)) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), this.options.flushMs ?? 5);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.held) return;
    for (const connection of this.connections) this.send(connection);
  }

  /** Sends the connection every event after the last one it was sent, in order. */
  private send(connection: Connection): void {
    while (connection.welcomed && connection.sent < this.show.seq) {
      const events = this.show.log.slice(connection.sent, connection.sent + BATCH_LIMIT);
      const corrupt = this.corruptNextBatch;
      this.corruptNextBatch = false;
      if (this.cutMidBatch && events.length > 1) {
        this.cutMidBatch = false;
        this.cutAfter(connection, events.slice(0, events.length / 2));
        return;
      }
      const batch = {
        events: corrupt ? events.map((event) => ({ ...event, type: 'corrupted' })) : events,
      };
      this.out(() => connection.socket.emit('events', batch));
      connection.sent += events.length;
    }
  }

  /** Sends `events` and drops the connection, as if it broke in the middle of a batch. */
  private cutAfter(connection: Connection, events: unknown[]): void {
    this.out(() => {
      connection.socket.emit('events', { events });
      connection.socket.disconnect(true);
    });
    connection.welcomed = false;
  }

  /** The ack callback of `socket`, which sends its packet twice. */
  private twice(socket: Socket, reply: Reply): Reply {
    const raw = socket as unknown as { packet(packet: unknown): void };
    const packet = raw.packet.bind(socket);
    return (answer) => {
      raw.packet = (sent) => {
        packet(sent);
        packet(sent);
      };
      reply(answer);
      raw.packet = packet;
    };
  }

  private heartbeat(): void {
    if (this.held) return;
    this.flush();
    for (const { socket, features, welcomed } of this.connections) {
      if (welcomed && features.has('heartbeat')) {
        const beat = { serverTime: Date.now(), seq: this.show.seq };
        this.out(() => socket.emit('heartbeat', beat));
        this.heartbeatsSent += 1;
      }
    }
  }

  private moderated(effect: Moderation): void {
    this.toAudience('moderation', effect);
  }

  private flushComments(): void {
    const comments = this.commentQueue.splice(0, 2000);
    if (comments.length > 0) this.toAudience('comments', { comments });
    if (this.commentQueue.length > 0) setTimeout(() => this.flushComments(), 100);
  }

  private sendDemand(): void {
    if (!this.show.audience.demandChanged) return;
    this.toAudience('demand', this.show.audience.totals());
  }

  private toAudience(name: string, payload: unknown): void {
    this.out(() => {
      for (const { socket, features, welcomed } of this.connections) {
        if (welcomed && features.has('audience')) socket.emit(name, payload);
      }
    });
  }

  /** Sends now (or after `delayMs`), or later when the traffic is stalled. */
  private out(send: () => void): void {
    if (this.held) this.held.push(send);
    else if (this.delayMs > 0) setTimeout(send, this.delayMs);
    else send();
  }
}
