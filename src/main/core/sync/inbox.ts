import { debuglog } from 'node:util';
import {
  PROTOCOL_VERSION,
  SequenceTracker,
  SnapshotMessage,
  SnapshotRequired,
  Welcome,
  describeIssues,
  parseEventsBatch,
  parseWith,
  type ServerEvent,
} from '../../../shared/protocol';
import type { SnapshotNote } from '../../../shared/model/link-note';
import { RunLogKind, type LinkErrorReason } from '../../../shared/model/live';
import { Projection, ProjectionError } from '../live/projection';
import type { Db } from '../store/database';
import type { HistoryStore } from './history-store';
import { malformed, type ProtocolErrors } from './protocol-errors';
import type { RunLog } from './run-log';
import { snapshotNoteEnglish } from './snapshot-reason';
import { welcomeMismatch } from './welcome-mismatch';
import type { StageStamps } from './stage-stamps';
import type { SyncStore } from './sync-store';

const debug = debuglog('showdesk:sync');

export interface InboxDeps {
  db: Db;
  runId: number;
  serverShowId: string;
  store: SyncStore;
  history: HistoryStore;
  runLog: RunLog;
  errors: ProtocolErrors;
  projection: Projection;
  /** Asks the server to replay every event after `fromSeq`. */
  resume(fromSeq: number): void;
  /** Asks the server for a fresh snapshot. */
  requestSnapshot(): void;
  /** Called after events were committed and adopted. */
  applied(events: readonly ServerEvent[]): void;
  /** Called after a snapshot replaced the projection (`gap`: it left events out of the log). */
  reset(gap: boolean): void;
  /** Neither the replay nor the snapshot asked for came: connect again. */
  reconnect(error: LinkErrorReason): void;
  /** The server has fewer events than applied here (it lost data): stop, adopt nothing. */
  serverBehind(serverSeq: number): void;
  /** How long a resume or a snapshot request may go unanswered before the next step. */
  answerTimeoutMs: number;
  /**
   * At most this many events are validated and committed per turn of the event loop; the rest
   * wait for the next turn, so that a long replay never keeps the console's API waiting.
   */
  eventsPerTurn: number;
  /** Notes when each batch was received and committed (bench/event-to-glass). */
  stamps?: StageStamps;
}

/** What a welcome told: valid, or why the link drops (or stops) instead. */
export type WelcomeCheck = { ok: true; welcome: Welcome } | { ok: false; reason: LinkErrorReason };

/**
 * The inbound side of the sync: validates welcome, events and snapshots, applies events strictly
 * in seq order, and stores each batch (run log entries, projection rows, last seq) in one
 * transaction before memory changes. Bad input is recorded as a protocol error and not applied.
 * A gap is closed by escalation: `resume`, then (no replay within the answer timeout) a snapshot
 * request, then (no snapshot either) a new connection.
 * Event batches are applied in slices of `eventsPerTurn` with a turn of the event loop between
 * them; any other message first applies what is still waiting, so the order stays the server's.
 */
export class Inbox {
  readonly tracker: SequenceTracker;
  private snapshotExpected: SnapshotNote | null = null;
  private resumeFrom: number | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private duplicateCount = 0;
  /** Event batches received and not applied yet, oldest first. */
  private readonly waiting: unknown[] = [];
  /** Events of the batch being applied that are still to come. */
  private rest: ServerEvent[] = [];
  /** Events applied in this turn of the event loop. */
  private appliedThisTurn = 0;
  private nextTurn: NodeJS.Immediate | null = null;
  /** The last event seq the run log covers (journaled, or reserved for the backfill). */
  private journalSeq: number;

  constructor(private readonly deps: InboxDeps) {
    this.tracker = new SequenceTracker(deps.projection.head.lastSeq);
    this.journalSeq = deps.history.journalSeq(deps.runId);
  }

  get duplicatesIgnored(): number {
    return this.duplicateCount;
  }

  /** The seq to resume from in the handshake, or undefined before the first snapshot. */
  get resumePoint(): number | undefined {
    return this.deps.projection.head.synced ? this.tracker.lastApplied : undefined;
  }

  /** A new connection: nothing asked on the old one is still pending. */
  connectionOpened(): void {
    this.stop();
  }

  /** The connection is gone (or the session closes): stop waiting for answers. */
  stop(): void {
    this.resumeFrom = null;
    this.snapshotExpected = null;
    this.clearWatchdog();
  }

  /**
   * Checks the welcome: valid, the caller treats the link as connected; malformed, the link drops
   * and retries; another protocol version or show, the link stops for a person (`refused`).
   */
  welcome(raw: unknown): WelcomeCheck {
    this.drain();
    const parsed = parseWith(Welcome, raw);
    if (!parsed.ok) {
      this.deps.errors.record('malformed_message', malformed('welcome', parsed.issues), raw);
      return { ok: false, reason: { code: 'invalid_welcome', params: {} } };
    }
    const welcome = parsed.value;
    const mismatch = welcomeMismatch(welcome, this.deps.serverShowId);
    if (mismatch !== null) {
      if (mismatch.code === 'bad_version') {
        const params = { version: welcome.protocolVersion, expected: PROTOCOL_VERSION };
        this.deps.errors.record('malformed_message', { code: 'wrong_version', params }, raw);
      } else {
        const params = { message: 'welcome' as const, showId: welcome.showId };
        this.deps.errors.record('wrong_show', { code: 'wrong_show', params }, raw);
      }
      const params = { refusal: mismatch.code, message: mismatch.message };
      return { ok: false, reason: { code: 'refused', params } };
    }
    if (!this.deps.projection.head.synced) {
      this.applySnapshot(welcome, { code: 'welcome', params: {} });
    } else if (welcome.seq < this.tracker.lastApplied) {
      this.deps.serverBehind(welcome.seq);
    } else if (welcome.seq > this.tracker.lastApplied) {
      // Resumed in the handshake: the replay should follow.
      this.awaitReplay(this.tracker.lastApplied);
    }
    return { ok: true, welcome };
  }

  snapshotRequired(raw: unknown): void {
    this.drain();
    const parsed = parseWith(SnapshotRequired, raw);
    if (!parsed.ok) {
      this.deps.errors.record(
        'malformed_message',
        malformed('snapshotRequired', parsed.issues),
        raw,
      );
      return;
    }
    if (parsed.value.reason === 'ahead') {
      this.deps.serverBehind(parsed.value.latestSeq);
      return;
    }
    this.expectSnapshot({ code: 'too_old', params: { fromSeq: parsed.value.fromSeq } });
  }

  snapshot(raw: unknown): void {
    this.drain();
    const parsed = parseWith(SnapshotMessage, raw);
    if (!parsed.ok) {
      this.deps.errors.record('malformed_message', malformed('snapshot', parsed.issues), raw);
      return;
    }
    const message = parsed.value;
    if (message.showId !== this.deps.serverShowId) {
      this.deps.errors.record(
        'wrong_show',
        { code: 'wrong_show', params: { message: 'snapshot', showId: message.showId } },
        raw,
      );
      return;
    }
    const reason = this.snapshotExpected;
    if (reason !== null && message.seq < this.tracker.lastApplied) {
      this.deps.serverBehind(message.seq);
      return;
    }
    if (reason === null && message.seq < this.tracker.lastApplied) {
      this.deps.errors.record(
        'stale_snapshot',
        {
          code: 'stale_snapshot',
          params: { seq: message.seq, appliedSeq: this.tracker.lastApplied },
        },
        { seq: message.seq, state: message.state },
      );
      return;
    }
    this.applySnapshot(message, reason ?? { code: 'unrequested', params: {} });
  }

  /** Queues a batch; it is applied in this turn of the event loop if the turn has room. */
  events(raw: unknown): void {
    this.waiting.push(raw);
    this.pump(this.deps.eventsPerTurn);
  }

  /**
   * A heartbeat: the server has sent every event up to `serverSeq` on this connection. Behind it
   * with nothing waiting here, the console lost events (dropped as malformed, say) that no later
   * event showed as a gap, as on a quiet show: it resumes as for a gap.
   */
  heartbeat(serverSeq: number): void {
    if (this.waiting.length > 0 || this.rest.length > 0) return;
    if (!this.deps.projection.head.synced) return;
    const from = this.tracker.lastApplied;
    if (serverSeq <= from || this.snapshotExpected !== null || this.resumeFrom === from) return;
    this.deps.errors.record(
      'out_of_order',
      { code: 'behind', params: { serverSeq, fromSeq: from } },
      {
        serverSeq,
      },
    );
    this.deps.resume(from);
    this.awaitReplay(from);
  }

  /** The session closes: batches still waiting are dropped (the server replays them). */
  close(): void {
    this.stop();
    this.waiting.length = 0;
    this.rest = [];
    if (this.nextTurn !== null) clearImmediate(this.nextTurn);
    this.nextTurn = null;
  }

  /** Applies everything waiting now (before a message that must follow it). */
  private drain(): void {
    this.pump(Infinity);
  }

  /** Applies waiting events while fewer than `limit` were applied in this turn. */
  private pump(limit: number): void {
    while (this.appliedThisTurn < limit) {
      if (this.rest.length === 0) {
        const raw = this.waiting.shift();
        if (raw === undefined) break;
        this.rest = this.accept(raw);
        continue;
      }
      const room = Math.max(1, limit - this.appliedThisTurn);
      const slice = this.rest.length <= room ? this.rest : this.rest.slice(0, room);
      this.rest = slice === this.rest ? [] : this.rest.slice(slice.length);
      this.appliedThisTurn += slice.length;
      // The count starts again in the next turn, even when this slice fails to apply.
      this.nextTurn ??= setImmediate(() => {
        this.nextTurn = null;
        this.appliedThisTurn = 0;
        this.pump(this.deps.eventsPerTurn);
      });
      this.apply(slice);
    }
  }

  /** Validates a batch: malformed parts are recorded; returns the events to apply. */
  private accept(raw: unknown): ServerEvent[] {
    const parsed = parseEventsBatch(raw);
    for (const bad of parsed.malformed) {
      const copy = bad.index === null ? raw : (raw as { events: unknown[] }).events[bad.index];
      if (bad.index === null) {
        this.deps.errors.record('malformed_message', malformed('events', bad.issues), copy);
      } else {
        const issues = describeIssues(bad.issues);
        const note = { code: 'malformed_event', params: { index: bad.index, issues } } as const;
        this.deps.errors.record('malformed_event', note, copy);
      }
    }
    const last = parsed.events.at(-1);
    if (last !== undefined) this.deps.stamps?.stamp('receive', last.seq);
    return parsed.events;
  }

  private apply(events: ServerEvent[]): void {
    if (!this.deps.projection.head.synced) {
      debug('events before the first snapshot ignored: %d', events.length);
      return;
    }
    const plan = this.tracker.plan(events);
    for (const duplicate of plan.duplicates) this.checkDuplicate(duplicate);
    if (plan.apply.length > 0) this.commit(plan.apply);
    if (plan.gap !== null) this.onGap(plan.gap.expected, plan.gap.received, events);
  }

  private checkDuplicate(event: ServerEvent): void {
    const stored = this.deps.store.eventPayload(this.deps.runId, event.seq);
    if (stored === undefined || stored === JSON.stringify(event)) {
      this.duplicateCount += 1;
      debug('duplicate event seq %d ignored', event.seq);
      return;
    }
    this.deps.errors.record(
      'conflicting_duplicate',
      { code: 'conflicting_duplicate', params: { seq: event.seq } },
      event,
    );
  }

  /**
   * A gap: resume from the last applied seq. While that replay (or a snapshot) is due, later
   * events are dropped quietly; the watchdog escalates if it does not come.
   */
  private onGap(expected: number, received: number, batch: readonly ServerEvent[]): void {
    const from = this.tracker.lastApplied;
    if (this.snapshotExpected !== null || this.resumeFrom === from) {
      debug('events from seq %d dropped while resuming from %d', received, from);
      return;
    }
    this.deps.errors.record(
      'out_of_order',
      { code: 'gap', params: { expected, received, fromSeq: from } },
      batch.find((event) => event.seq === received),
    );
    this.deps.resume(from);
    this.awaitReplay(from);
  }

  private awaitReplay(from: number): void {
    this.resumeFrom = from;
    this.armWatchdog();
  }

  private expectSnapshot(reason: SnapshotNote): void {
    this.snapshotExpected = reason;
    this.armWatchdog();
  }

  private armWatchdog(): void {
    this.clearWatchdog();
    this.watchdog = setTimeout(() => this.overdue(), this.deps.answerTimeoutMs);
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  /** An answer did not come in time: a replay is replaced by a snapshot, a snapshot by a new connection. */
  private overdue(): void {
    this.watchdog = null;
    const waited = this.deps.answerTimeoutMs;
    if (this.snapshotExpected !== null) {
      this.deps.reconnect({ code: 'no_snapshot', params: { waitedMs: waited } });
      return;
    }
    const from = this.resumeFrom;
    if (from === null || from !== this.tracker.lastApplied) return;
    this.deps.errors.record(
      'out_of_order',
      { code: 'no_replay', params: { fromSeq: from, waitedMs: waited } },
      { fromSeq: from },
    );
    this.expectSnapshot({ code: 'no_replay', params: { fromSeq: from } });
    this.deps.requestSnapshot();
  }

  private commit(events: readonly ServerEvent[]): void {
    const { db, runId, store, history, runLog, projection } = this.deps;
    const draft = projection.draft();
    const applied: ServerEvent[] = [];
    let failure: { event: ServerEvent; error: ProjectionError } | null = null;
    for (const event of events) {
      try {
        draft.apply(event);
      } catch (error) {
        if (!(error instanceof ProjectionError)) throw error;
        failure = { event, error };
        break;
      }
      applied.push(event);
    }
    const now = Date.now();
    if (applied.length > 0) {
      // Events a snapshot already covered (it was taken at or after them) are journaled once.
      const journaled = applied.filter((event) => event.seq > this.journalSeq);
      const journalSeq = Math.max(this.journalSeq, draft.head.lastSeq);
      db.transaction(() => {
        runLog.appendEvents(runId, journaled, now);
        for (const product of draft.touched.values()) store.saveProduct(runId, product);
        store.saveHead(runId, draft.head, now);
        if (journalSeq !== this.journalSeq) history.setJournalSeq(runId, journalSeq);
      })();
      this.deps.stamps?.stamp('commit', draft.head.lastSeq);
      this.journalSeq = journalSeq;
      projection.adopt(draft);
      this.tracker.advanceTo(draft.head.lastSeq);
      this.resumeFrom = null;
      if (this.snapshotExpected === null) this.clearWatchdog();
      this.deps.applied(applied);
    }
    if (failure !== null) {
      const { event, error } = failure;
      this.deps.errors.record(
        'inapplicable_event',
        error.sku === null
          ? { code: 'inapplicable_event', params: { seq: event.seq, detail: error.message } }
          : { code: 'unknown_sku', params: { seq: event.seq, sku: error.sku } },
        event,
      );
      this.expectSnapshot({ code: 'inapplicable_event', params: { seq: event.seq } });
      this.deps.requestSnapshot();
    }
  }

  /**
   * Replaces the projection with the snapshot. Events it skipped (after what the log covers, up
   * to its seq) get run log positions reserved before the snapshot entry, for the backfill.
   */
  private applySnapshot(message: SnapshotMessage, note: SnapshotNote): void {
    const { db, runId, store, history, runLog, projection } = this.deps;
    const next = Projection.fromSnapshot(message, projection.head.synced ? projection : null);
    const now = Date.now();
    const gap = message.seq > this.journalSeq;
    const entry = {
      reason: snapshotNoteEnglish(note),
      note,
      replacedSeq: this.tracker.lastApplied,
      ...message,
    };
    db.transaction(() => {
      store.replaceProducts(runId, next.list());
      store.saveHead(runId, next.head, now);
      if (gap) {
        const position = history.reserveGap(runId, this.journalSeq + 1, message.seq);
        history.appendAt(position, runId, RunLogKind.snapshot, entry, now);
        history.setJournalSeq(runId, message.seq);
      } else {
        runLog.append(runId, RunLogKind.snapshot, entry, now);
      }
      runLog.snapshotPin(runId, message.snapshot.pin.sku);
    })();
    if (gap) this.journalSeq = message.seq;
    projection.replace(next);
    this.tracker.reset(message.seq);
    this.stop();
    this.deps.reset(gap);
  }
}
