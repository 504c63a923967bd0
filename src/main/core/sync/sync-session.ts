import { randomUUID } from 'node:crypto';
import {
  ClockReply,
  ConsoleMessage,
  LineupProducts,
  PROTOCOL_VERSION,
  ServerMessage,
  describeIssues,
  parseWith,
  type HandshakeAuth,
  type LineupProduct,
  type ShowState,
} from '../../../shared/protocol';
import {
  RunLogKind,
  type LinkState,
  type LinkStatus,
  type LiveCommand,
  type LiveRun,
  type LiveState,
} from '../../../shared/model/live';
import type { EventHub } from '../api/event-hub';
import { LiveModel } from '../live/live-model';
import { LivePublisher } from '../live/live-publisher';
import { Projection } from '../live/projection';
import type { Db } from '../store/database';
import { ClockOffset } from './clock-offset';
import { Inbox } from './inbox';
import { Link } from './link';
import { Outbox } from './outbox';
import { OutboxStore } from './outbox-store';
import { ProtocolErrors } from './protocol-errors';
import { RunLog } from './run-log';
import { SyncStore } from './sync-store';
import type { SyncTuning } from './tuning';
import { toWireCommand, upsertLineupCommand } from './wire-commands';

export interface SessionDeps {
  db: Db;
  run: LiveRun;
  consoleId: string;
  tuning: SyncTuning;
  events: EventHub;
  /** The lineup to load onto the server while its show is still planned. */
  lineup(): LineupProduct[];
}

/**
 * The sync engine of one open run: the link to its sale server, the inbox and outbox, the live
 * model and the publisher of coalesced updates. Every handler is guarded: an unexpected error
 * drops the connection (the next one resumes from the last stored seq) instead of stalling.
 */
export class SyncSession {
  readonly run: LiveRun;
  private readonly store: SyncStore;
  private readonly runLog: RunLog;
  private readonly errors: ProtocolErrors;
  private readonly projection: Projection;
  private readonly inbox: Inbox;
  private readonly outbox: Outbox;
  private readonly model: LiveModel;
  private readonly publisher: LivePublisher;
  private readonly link: Link;
  private readonly clock = new ClockOffset();
  private token: string;
  private lineupCommandId: string | null;
  private welcomed = false;
  private lastError: string | null = null;
  private welcomeTimer: NodeJS.Timeout | null = null;
  private clockTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly deps: SessionDeps) {
    const { db, run, tuning, events } = deps;
    this.run = run;
    this.store = new SyncStore(db);
    this.runLog = new RunLog(db);
    this.errors = new ProtocolErrors(this.runLog, run.id);
    const stored = this.store.load(run.id);
    if (!stored) throw new Error(`run ${run.id} has no sync state`);
    this.token = stored.token;
    this.lineupCommandId = stored.lineupCommandId;
    this.projection = new Projection(stored.head, this.store.loadProducts(run.id));
    this.model = new LiveModel({
      run: () => this.run,
      projection: this.projection,
      pending: () => this.outbox.pending(),
      link: () => ({
        state: this.linkState,
        lastError: this.lastError,
        clockOffsetMs: this.clock.offsetMs,
        protocolErrors: this.errors.count,
      }),
      serverNow: () => this.clock.serverNow(Date.now()),
    });
    this.publisher = new LivePublisher(
      this.model,
      {
        live: (event) => events.emit('live.state', event),
        link: (status) => events.emit('link.status', status),
      },
      tuning.publisher,
    );
    this.inbox = new Inbox({
      db,
      runId: run.id,
      serverShowId: run.serverShowId,
      store: this.store,
      runLog: this.runLog,
      errors: this.errors,
      projection: this.projection,
      resume: (fromSeq) => this.link.emit(ConsoleMessage.resume, { fromSeq }),
      requestSnapshot: () => this.link.emit(ConsoleMessage.requestSnapshot, {}),
      applied: (applied) => this.publisher.markProducts(this.model.applied(applied)),
      reset: () => this.publisher.full(),
    });
    this.outbox = new Outbox({
      db,
      runId: run.id,
      store: new OutboxStore(db),
      runLog: this.runLog,
      errors: this.errors,
      tuning: tuning.outbox,
      ready: () => this.welcomed && this.link.isOpen,
      send: (command, timeoutMs, callback) =>
        this.link.request(ConsoleMessage.command, command, timeoutMs, callback),
      changed: () => {
        const before = this.model.pendingSkus();
        this.model.pendingChanged();
        this.publisher.markProducts([...before, ...this.model.pendingSkus()]);
      },
      outcome: (outcome) => events.emit('command.outcome', outcome),
    });
    this.outbox.load();
    this.link = new Link(
      {
        url: run.serverUrl,
        auth: () => this.handshake(),
        backoff: tuning.reconnect,
        connectTimeoutMs: tuning.connectTimeoutMs,
      },
      {
        open: () => this.guard(() => this.opened()),
        message: (name, args) => this.guard(() => this.route(name, args)),
        down: (reason, retryInMs) => this.guard(() => this.wentDown(reason, retryInMs)),
      },
    );
    this.publisher.start();
  }

  get linkState(): LinkState {
    if (!this.link.isRunning) return 'offline';
    return this.welcomed ? 'connected' : 'reconnecting';
  }

  /** Connects (and keeps reconnecting) to the run's sale server. */
  connect(): void {
    if (this.closed || this.link.isRunning) return;
    this.link.start();
    this.publisher.linkChanged();
  }

  /** Stops the link; commands issued meanwhile wait in the outbox. */
  disconnect(): void {
    if (!this.link.isRunning) return;
    this.link.stop();
    this.lostConnection();
    this.logLink('offline', 'disconnected by the console');
    this.publisher.linkChanged();
  }

  /** A new token: stored, and the link reconnects with it. */
  updateToken(token: string): void {
    if (token === this.token) return;
    this.store.setToken(this.run.id, token);
    this.token = token;
    if (this.link.isRunning) {
      this.link.stop();
      this.lostConnection();
      this.link.start();
    }
  }

  /** Commits the command to the outbox and returns its id; it is sent when the link is up. */
  issue(command: LiveCommand): string {
    const commandId = randomUUID();
    this.outbox.issue(toWireCommand(command, commandId));
    return commandId;
  }

  state(): LiveState {
    return this.model.state(this.publisher.currentRevision);
  }

  linkStatus(): LinkStatus {
    return this.model.linkStatus();
  }

  /** Publishes the whole state (a run opened or was resumed). */
  publishFull(): void {
    this.publisher.full();
  }

  /** How many `live.state` deltas were sent (for tests of the coalescing). */
  get deltasPublished(): number {
    return this.publisher.flushes;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.link.stop();
    this.lostConnection();
    this.publisher.stop();
    this.outbox.close();
  }

  private handshake(): HandshakeAuth {
    const auth: HandshakeAuth = {
      token: this.token,
      showId: this.run.serverShowId,
      consoleId: this.deps.consoleId,
      protocolVersion: PROTOCOL_VERSION,
    };
    const fromSeq = this.inbox.resumePoint;
    if (fromSeq !== undefined) auth.fromSeq = fromSeq;
    return auth;
  }

  private opened(): void {
    this.inbox.connectionOpened();
    this.clearWelcomeTimer();
    this.welcomeTimer = setTimeout(
      () => this.link.drop('no welcome from the server'),
      this.deps.tuning.welcomeTimeoutMs,
    );
  }

  private route(name: string, args: unknown[]): void {
    const receivedAt = Date.now();
    this.model.received(receivedAt);
    const payload = args[0];
    switch (name) {
      case ServerMessage.welcome:
        this.welcome(payload, receivedAt);
        return;
      case ServerMessage.events:
        this.inbox.events(payload);
        return;
      case ServerMessage.snapshotRequired:
        this.inbox.snapshotRequired(payload);
        return;
      case ServerMessage.snapshot:
        this.inbox.snapshot(payload);
        return;
      default:
        this.errors.record('unknown_message', `unknown message ${name}`, { name, args });
    }
  }

  private welcome(raw: unknown, receivedAt: number): void {
    const welcome = this.inbox.welcome(raw);
    if (welcome === null) {
      this.lastError = 'the server sent an invalid welcome';
      this.link.drop(this.lastError);
      return;
    }
    this.clearWelcomeTimer();
    this.clock.fromWelcome(welcome.serverTime, receivedAt);
    this.welcomed = true;
    this.lastError = null;
    this.link.healthy();
    this.logLink('connected', `server at seq ${welcome.seq}`);
    this.outbox.connected();
    this.uploadLineupIfPlanned(welcome.state);
    this.outbox.flush();
    this.startClock();
    this.publisher.linkChanged();
  }

  private wentDown(reason: string, retryInMs: number): void {
    const wasConnected = this.welcomed;
    this.lostConnection();
    if (wasConnected || reason !== this.lastError) {
      this.logLink('reconnecting', `${reason}; retrying in ${retryInMs} ms`);
    }
    this.lastError = reason;
    this.publisher.linkChanged();
  }

  private lostConnection(): void {
    this.welcomed = false;
    this.clearWelcomeTimer();
    if (this.clockTimer !== null) clearInterval(this.clockTimer);
    this.clockTimer = null;
    this.outbox.disconnected();
  }

  private uploadLineupIfPlanned(state: ShowState): void {
    if (state !== 'planned' || this.lineupCommandId !== null) return;
    const products = this.deps.lineup();
    if (products.length === 0) return;
    const parsed = parseWith(LineupProducts, products);
    if (!parsed.ok) {
      this.logLink('connected', `lineup not loaded: ${describeIssues(parsed.issues)}`);
      return;
    }
    const commandId = randomUUID();
    this.outbox.issue(upsertLineupCommand(commandId, parsed.value), {
      first: true,
      alsoWrite: () => this.store.setLineupCommand(this.run.id, commandId),
    });
    this.lineupCommandId = commandId;
  }

  private startClock(): void {
    this.measureClock();
    if (this.clockTimer !== null) clearInterval(this.clockTimer);
    this.clockTimer = setInterval(() => this.measureClock(), this.deps.tuning.clockIntervalMs);
  }

  private measureClock(): void {
    const sentAt = Date.now();
    this.link.request(ConsoleMessage.clock, {}, 5000, (error, raw) => {
      if (error !== null || this.closed) return;
      this.guard(() => {
        const reply = parseWith(ClockReply, raw);
        if (reply.ok) this.clock.fromRoundTrip(sentAt, reply.value.serverTime, Date.now());
        else this.errors.record('malformed_message', `clock: ${describeIssues(reply.issues)}`, raw);
      });
    });
  }

  private logLink(state: LinkState, reason: string): void {
    this.runLog.append(this.run.id, RunLogKind.link, { state, reason });
  }

  private clearWelcomeTimer(): void {
    if (this.welcomeTimer !== null) clearTimeout(this.welcomeTimer);
    this.welcomeTimer = null;
  }

  /** Runs a handler; an unexpected error drops the connection instead of escaping. */
  private guard(work: () => void): void {
    if (this.closed) return;
    try {
      work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.lastError = `internal error: ${message}`;
      try {
        this.logLink('reconnecting', this.lastError);
      } catch {
        // The database itself failed; the dropped link and lastError still tell the operator.
      }
      this.link.drop(this.lastError);
    }
  }
}
