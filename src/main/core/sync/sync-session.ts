import { randomUUID } from 'node:crypto';
import {
  AUDIENCE_FEATURE,
  CONSOLE_FEATURES,
  ConsoleMessage,
  HEARTBEAT_FEATURE,
  Heartbeat,
  HISTORY_FEATURE,
  LineupProducts,
  PROTOCOL_VERSION,
  ServerMessage,
  agreedFeatures,
  describeIssues,
  parseWith,
  type HandshakeAuth,
  type LineupProduct,
  type ShowState,
} from '../../../shared/protocol';
import {
  RunLogKind,
  type LinkLogState,
  type LinkState,
  type LinkStatus,
  type LiveCommand,
  type LiveRun,
  type LiveState,
  type PendingCommand,
} from '../../../shared/model/live';
import type { EventHub } from '../api/event-hub';
import type { AudienceLink } from '../audience/audience-engine';
import { Backfill } from './backfill';
import { journalBackfilled } from './backfill-journal';
import { HistoryStore } from './history-store';
import { LiveModel } from '../live/live-model';
import { LivePublisher } from '../live/live-publisher';
import { Projection } from '../live/projection';
import type { RateClock } from '../live/rate-clock';
import type { Db } from '../store/database';
import type { TokenVault } from '../store/token-vault';
import { ClockSync } from './clock-sync';
import { Connection } from './connection';
import { linkNoteText } from './link-error';
import type { LinkNote } from '../../../shared/model/link-note';
import { Inbox } from './inbox';
import { Liveness } from './liveness';
import { Outbox } from './outbox';
import { OutboxStore } from './outbox-store';
import { malformed, ProtocolErrors } from './protocol-errors';
import { RunLog } from './run-log';
import { SyncStore } from './sync-store';
import type { StageStamps } from './stage-stamps';
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
  /** Where the `audience` addition's messages go (comments, demand, moderation). */
  audience?: AudienceLink;
  /** Seals the token before it is stored, opens it for the handshake. */
  vault: TokenVault;
  /** Notes the stages of server events on their way to the page (bench/event-to-glass). */
  stamps?: StageStamps;
}

/**
 * The sync engine of one open run: the connection to its sale server, the inbox and outbox, the
 * clock, the live model and the publisher of coalesced updates.
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
  private readonly connection: Connection;
  private readonly clock: ClockSync;
  private readonly liveness: Liveness;
  private readonly backfill: Backfill;
  private token: string;
  private lineupCommandId: string | null;
  /** The protocol additions the server agreed to on the current connection. */
  private agreed: ReadonlySet<string> = new Set();

  constructor(private readonly deps: SessionDeps) {
    const { db, run, tuning, events } = deps;
    this.run = run;
    this.store = new SyncStore(db, deps.vault);
    this.runLog = new RunLog(db);
    this.errors = new ProtocolErrors(this.runLog, run.id);
    const history = new HistoryStore(db);
    const stored = this.store.load(run.id);
    if (!stored) throw new Error(`run ${run.id} has no sync state`);
    this.token = stored.token;
    this.lineupCommandId = stored.lineupCommandId;
    this.projection = new Projection(stored.head, this.store.loadProducts(run.id));
    this.connection = new Connection(
      {
        url: run.serverUrl,
        auth: () => this.handshake(),
        tuning,
        log: (state, note) => this.logLink(state, note),
      },
      {
        opened: () => this.inbox.connectionOpened(),
        message: (name, args) => this.route(name, args),
        replied: () => this.heard(Date.now()),
        lost: () => {
          this.deps.audience?.lost();
          this.liveness.stop();
          this.clock.stop();
          this.outbox.disconnected();
          this.backfill.disconnected();
          this.inbox.stop();
        },
        changed: () => this.publisher.linkChanged(),
      },
    );
    this.clock = new ClockSync(this.connection, this.errors, tuning.clockIntervalMs);
    this.liveness = new Liveness({
      tuning: tuning.liveness,
      probe: (timeoutMs, settled) =>
        this.connection.request({ name: ConsoleMessage.clock, payload: {}, timeoutMs }, (error) =>
          settled(error === null),
        ),
      changed: (stale, silentMs) => this.staleChanged(stale, silentMs),
      dead: (silentMs) => this.connection.reject({ code: 'no_answer', params: { silentMs } }),
    });
    this.model = new LiveModel({
      run: () => this.run,
      projection: this.projection,
      pending: () => this.outbox.pending(),
      link: () => ({
        state: this.connection.state,
        stale: this.liveness.stale,
        lastError: this.connection.lastError,
        lastErrorReason: this.connection.lastErrorReason,
        retryInMs: this.connection.retryInMs,
        clockOffsetMs: this.clock.offsetMs,
        protocolErrors: this.errors.count,
        logMissing: this.backfill.missingEvents,
        logFilling: this.backfill.filling,
      }),
      serverNow: () => this.clock.serverNow(),
      ackOverdueMs: tuning.ackOverdueMs,
    });
    this.publisher = new LivePublisher(
      this.model,
      {
        live: (event) => events.emit('live.state', event),
        link: (status) => events.emit('link.status', status),
        failed: (error) => this.connection.noteFailure(error),
      },
      tuning.publisher,
      deps.stamps,
    );
    this.inbox = new Inbox({
      db,
      runId: run.id,
      serverShowId: run.serverShowId,
      store: this.store,
      history,
      runLog: this.runLog,
      errors: this.errors,
      projection: this.projection,
      resume: (fromSeq) => this.connection.emit(ConsoleMessage.resume, { fromSeq }),
      requestSnapshot: () => this.connection.emit(ConsoleMessage.requestSnapshot, {}),
      applied: (applied) => this.publisher.markProducts(this.model.applied(applied)),
      reset: (gap) => {
        this.publisher.full();
        if (gap) this.backfill.gapOpened();
      },
      reconnect: (error) => this.connection.reject(error),
      serverBehind: (serverSeq) =>
        this.connection.halt({
          code: 'server_behind',
          params: { serverSeq, consoleSeq: this.inbox.tracker.lastApplied },
        }),
      answerTimeoutMs: tuning.answerTimeoutMs,
      eventsPerTurn: tuning.eventsPerTurn,
      stamps: deps.stamps,
    });
    this.backfill = new Backfill({
      runId: run.id,
      history,
      errors: this.errors,
      tuning: tuning.backfill,
      request: (payload, timeoutMs, callback) =>
        this.connection.request({ name: ConsoleMessage.history, payload, timeoutMs }, callback),
      journal: (gap, events) => {
        const { store, projection } = this;
        const journal = { db, runId: run.id, history, store, projection };
        this.publisher.markProducts(journalBackfilled(journal, gap, events));
      },
      changed: () => this.publisher.linkChanged(),
    });
    this.outbox = new Outbox({
      db,
      runId: run.id,
      store: new OutboxStore(db),
      runLog: this.runLog,
      errors: this.errors,
      tuning: tuning.outbox,
      ready: () => this.connection.ready,
      send: (command, timeoutMs, callback) =>
        this.connection.request(
          { name: ConsoleMessage.command, payload: command, timeoutMs, keepLate: true },
          callback,
        ),
      changed: () => {
        const before = this.model.pendingSkus();
        this.model.pendingChanged();
        this.publisher.markProducts([...before, ...this.model.pendingSkus()]);
      },
      outcome: (outcome) => events.emit('command.outcome', outcome),
      failed: (error) =>
        this.connection.guard(() => {
          throw error;
        }),
    });
    this.outbox.load();
    this.publisher.start();
  }

  get linkState(): LinkState {
    return this.connection.state;
  }

  /** Connects (and keeps reconnecting) to the run's sale server. */
  connect(): void {
    this.connection.start();
  }

  /** Stops the link; commands issued meanwhile wait in the outbox. */
  disconnect(): void {
    this.connection.stop();
  }

  /** A new token: stored, and the link reconnects with it. */
  updateToken(token: string): void {
    if (token === this.token) return;
    this.store.setToken(this.run.id, token);
    this.token = token;
    this.connection.restart();
  }

  /** Commits the command to the outbox and returns its id; it is sent when the link is up. */
  issue(command: LiveCommand): string {
    const commandId = randomUUID();
    this.outbox.issue(toWireCommand(command, commandId));
    return commandId;
  }

  /** Commands not yet acknowledged, oldest first. */
  pendingCommands(): PendingCommand[] {
    return this.outbox.pending();
  }

  /** Drops the pending commands unanswered (see Outbox.dropAll); returns their ids. */
  dropPendingCommands(): string[] {
    return this.outbox.dropAll();
  }

  state(): LiveState {
    return this.model.state(this.publisher.currentRevision);
  }

  linkStatus(): LinkStatus {
    return this.model.linkStatus();
  }

  pageReceived(revision: number): void {
    this.publisher.pageReceived(revision);
  }

  /** The sales rates and forecasts run on `clock` (a rehearsal's show time). */
  keepRatesOn(clock: RateClock): void {
    this.model.keepRatesOn(clock);
    this.publisher.markProducts(this.model.skus());
  }

  /** Publishes the whole state (a run opened or was resumed). */
  publishFull(): void {
    this.publisher.full();
  }

  close(): void {
    this.liveness.stop();
    this.inbox.close();
    this.backfill.close();
    this.connection.close();
    this.publisher.stop();
    this.outbox.close();
  }

  /** Whether the server agreed to this protocol addition on the current connection. */
  hasFeature(name: string): boolean {
    return this.agreed.has(name);
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
    if (CONSOLE_FEATURES.length > 0) auth.features = [...CONSOLE_FEATURES];
    return auth;
  }

  /** Anything from the server: the link is alive. */
  private heard(receivedAt: number): void {
    this.model.received(receivedAt);
    this.liveness.received();
  }

  /** Journals a link change: the note for the reader's language, the same in English. */
  private logLink(state: LinkLogState, note: LinkNote): void {
    this.runLog.append(this.run.id, RunLogKind.link, { state, reason: linkNoteText(note), note });
  }

  /** The link turned stale or fresh again: journal it; every figure changes meaning. */
  private staleChanged(stale: boolean, silentMs: number): void {
    this.logLink(stale ? 'stale' : 'connected', {
      code: stale ? 'silent' : 'heard_again',
      params: { silentMs },
    });
    this.publisher.linkChanged();
    this.publisher.markProducts(this.projection.list().map((product) => product.sku));
  }

  private route(name: string, args: unknown[]): void {
    const receivedAt = Date.now();
    this.heard(receivedAt);
    const payload = args[0];
    switch (name) {
      case ServerMessage.heartbeat:
        if (this.agreed.has(HEARTBEAT_FEATURE)) {
          this.heartbeat(payload);
          return;
        }
        break;
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
        if (this.agreed.has(AUDIENCE_FEATURE) && this.deps.audience?.message(name, payload)) return;
        break;
    }
    const note = { code: 'unknown_message', params: { name } } as const;
    this.errors.record('unknown_message', note, { name, args });
  }

  private heartbeat(raw: unknown): void {
    const parsed = parseWith(Heartbeat, raw);
    if (parsed.ok) {
      this.model.serverTimeSeen(parsed.value.serverTime);
      this.inbox.heartbeat(parsed.value.seq);
    } else this.errors.record('malformed_message', malformed('heartbeat', parsed.issues), raw);
  }

  private welcome(raw: unknown, receivedAt: number): void {
    const checked = this.inbox.welcome(raw);
    if (!checked.ok) {
      this.connection.reject(checked.reason);
      return;
    }
    const { welcome } = checked;
    // The welcome showed the server lost data: the link stopped and nothing is adopted.
    if (this.connection.state === 'offline') return;
    this.agreed = new Set(agreedFeatures(welcome.features, CONSOLE_FEATURES));
    this.connection.accept(welcome.seq);
    this.deps.audience?.welcomed(this.agreed.has(AUDIENCE_FEATURE));
    this.outbox.connected();
    this.uploadLineupIfPlanned(welcome.state);
    this.outbox.flush();
    this.clock.start(welcome.serverTime, receivedAt);
    this.liveness.start(this.agreed.has(HEARTBEAT_FEATURE));
    this.backfill.connected(this.agreed.has(HISTORY_FEATURE));
    this.publisher.linkChanged();
  }

  /** Loads the lineup onto the server once per run, ahead of any pending command. */
  private uploadLineupIfPlanned(state: ShowState): void {
    if (state !== 'planned' || this.lineupCommandId !== null) return;
    const products = this.deps.lineup();
    if (products.length === 0) return;
    const parsed = parseWith(LineupProducts, products);
    if (!parsed.ok) {
      this.logLink('connected', {
        code: 'lineup_not_loaded',
        params: { issues: describeIssues(parsed.issues) },
      });
      return;
    }
    const commandId = randomUUID();
    this.outbox.issue(upsertLineupCommand(commandId, parsed.value), {
      first: true,
      alsoWrite: () => this.store.setLineupCommand(this.run.id, commandId),
    });
    this.lineupCommandId = commandId;
  }
}
