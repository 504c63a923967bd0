import { Ack, parseWith, type Command } from '../../../shared/protocol';
import {
  RunLogKind,
  type CommandOutcome,
  type CommandReason,
  type PendingCommand,
} from '../../../shared/model/live';
import type { Db } from '../store/database';
import { Backoff, type BackoffOptions } from './backoff';
import type { RequestCallback } from './link';
import type { OutboxStore } from './outbox-store';
import { malformed, type ProtocolErrors } from './protocol-errors';
import type { RunLog } from './run-log';
import { toLiveCommand } from './wire-commands';

/**
 * How often a command rejected with `internal` (nothing applied, id not used) is sent again
 * before that rejection is taken as its outcome.
 */
export const INTERNAL_RESENDS = 5;

/** The reason code of a command the producer dropped, unanswered, when ending the run. */
export const DROPPED_AT_END = 'dropped_at_end';

export interface OutboxTuning {
  /** How long to wait for an acknowledgement before sending again. */
  ackTimeoutMs: number;
  /** Backoff between attempts of one command. */
  retry: BackoffOptions;
}

export interface OutboxDeps {
  db: Db;
  runId: number;
  store: OutboxStore;
  runLog: RunLog;
  errors: ProtocolErrors;
  tuning: OutboxTuning;
  /** True while the link is connected and welcomed. */
  ready(): boolean;
  /**
   * Sends a command; false when it could not be sent now. The callback runs with an error after
   * `timeoutMs` without an answer, and with the answer whenever it comes (also after the error).
   */
  send(command: Command, timeoutMs: number, callback: RequestCallback): boolean;
  /** The pending list changed. */
  changed(): void;
  /** A command was acknowledged (already stored). */
  outcome(outcome: CommandOutcome): void;
  /** A send started by the retry timer failed unexpectedly (for example the database). */
  failed(error: unknown): void;
}

interface Entry {
  command: Command;
  createdAt: number;
  attempts: number;
  /** Counts sends, so that only the latest send's timeout or retryable answer sends again. */
  sendToken: number;
  inFlight: boolean;
  dueAt: number;
  backoff: Backoff;
  /** `internal` rejections so far (each one is resent, up to INTERNAL_RESENDS). */
  internalRejections: number;
}

/**
 * The outbound side of the sync. A command is committed to the outbox (with its run log entry)
 * before it is sent, sent whenever the link is up, and sent again with backoff until the server
 * acknowledges it (a rejection with `internal`, which applied nothing, counts as no answer, up to
 * INTERNAL_RESENDS times); the server applies a command id once, so a repeat is safe. The
 * acknowledgement is stored with its run log entry in one transaction before anyone hears of it.
 */
export class Outbox {
  private readonly entries = new Map<string, Entry>();
  /** Counts connections: answers come only on the connection a command was sent on. */
  private epoch = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly deps: OutboxDeps) {}

  /** Reloads the run's pending commands (after a restart). */
  load(): void {
    const { commands, invalid } = this.deps.store.pending(this.deps.runId);
    for (const stored of commands) this.track(stored.command, stored.createdAt, stored.attempts);
    for (const commandId of invalid) {
      const note = { code: 'outbox_row', params: { commandId } } as const;
      this.deps.errors.record('malformed_message', note, { commandId });
    }
  }

  get size(): number {
    return this.entries.size;
  }

  pending(): PendingCommand[] {
    return [...this.entries.values()].map((entry) => ({
      commandId: entry.command.commandId,
      kind: entry.command.type,
      command: toLiveCommand(entry.command),
      createdAt: entry.createdAt,
      attempts: entry.attempts,
    }));
  }

  /**
   * Commits the command to the outbox (with `alsoWrite` in the same transaction), then sends it
   * if the link is up. `first` puts it ahead of the commands already pending.
   */
  issue(command: Command, options: { first?: boolean; alsoWrite?: () => void } = {}): void {
    const { db, runId, store, runLog } = this.deps;
    const now = Date.now();
    db.transaction(() => {
      store.insert(runId, command, now);
      runLog.append(runId, RunLogKind.command, { commandId: command.commandId, command }, now);
      options.alsoWrite?.();
    })();
    this.track(command, now, 0, options.first ?? false);
    this.deps.changed();
    this.flush();
  }

  /**
   * A new connection is welcomed: everything pending is due again, in order (the caller then
   * flushes, after putting anything that must go first in front).
   */
  connected(): void {
    this.epoch += 1;
    for (const entry of this.entries.values()) {
      entry.sendToken += 1;
      entry.inFlight = false;
      entry.dueAt = 0;
      entry.backoff.reset();
    }
  }

  /** The connection dropped: answers to what was in flight will not come. */
  disconnected(): void {
    this.epoch += 1;
    for (const entry of this.entries.values()) {
      entry.sendToken += 1;
      entry.inFlight = false;
    }
  }

  /** Sends every command that is due, oldest first. */
  flush(): void {
    this.clearTimer();
    if (this.closed) return;
    const now = Date.now();
    for (const entry of this.entries.values()) {
      if (!this.deps.ready()) break;
      if (!entry.inFlight && entry.dueAt <= now) this.send(entry, now);
    }
    this.schedule();
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    this.entries.clear();
  }

  private track(command: Command, createdAt: number, attempts: number, first = false): void {
    const entry: Entry = {
      command,
      createdAt,
      attempts,
      sendToken: 0,
      inFlight: false,
      dueAt: 0,
      backoff: new Backoff(this.deps.tuning.retry),
      internalRejections: 0,
    };
    if (!first) {
      this.entries.set(command.commandId, entry);
      return;
    }
    const rest = [...this.entries];
    this.entries.clear();
    this.entries.set(command.commandId, entry);
    for (const [id, other] of rest) this.entries.set(id, other);
  }

  /**
   * Sends the entry. Any send's answer settles it (the server answers every repeat of a command
   * id with its first outcome), so an answer that comes after its timeout, while a repeat is on
   * its way, still counts; only the latest send's timeout or retryable answer sends again.
   */
  private send(entry: Entry, now: number): void {
    const token = entry.sendToken + 1;
    const epoch = this.epoch;
    const sent = this.deps.send(entry.command, this.deps.tuning.ackTimeoutMs, (error, reply) => {
      if (this.closed || this.epoch !== epoch) return;
      if (this.entries.get(entry.command.commandId) !== entry) return;
      const latest = entry.sendToken === token;
      if (latest) entry.inFlight = false;
      if (error === null) this.acknowledge(entry, reply, latest);
      else if (latest) this.retryLater(entry);
    });
    if (!sent) {
      entry.dueAt = now + entry.backoff.next();
      return;
    }
    entry.sendToken = token;
    entry.inFlight = true;
    entry.attempts += 1;
    this.deps.store.markSent(entry.command.commandId, now);
  }

  private retryLater(entry: Entry): void {
    entry.dueAt = Date.now() + entry.backoff.next();
    this.schedule();
  }

  /** An answer to one of the entry's sends; `latest` when to the latest (only that one retries). */
  private acknowledge(entry: Entry, reply: unknown, latest: boolean): void {
    const { errors } = this.deps;
    const commandId = entry.command.commandId;
    const parsed = parseWith(Ack, reply);
    if (!parsed.ok) {
      errors.record('malformed_message', malformed('ack', parsed.issues), reply);
      if (latest) this.retryLater(entry);
      return;
    }
    const ack = parsed.value;
    if (ack.commandId !== null && ack.commandId !== commandId) {
      const note = {
        code: 'mismatched_ack',
        params: { commandId: ack.commandId, answered: commandId },
      } as const;
      errors.record('mismatched_ack', note, reply);
      if (latest) this.retryLater(entry);
      return;
    }
    if (
      ack.status === 'rejected' &&
      ack.reason?.code === 'internal' &&
      entry.internalRejections < INTERNAL_RESENDS
    ) {
      if (!latest) return;
      entry.internalRejections += 1;
      this.retryLater(entry);
      return;
    }
    const reason: CommandReason | null = ack.reason
      ? { code: ack.reason.code, message: ack.reason.message }
      : null;
    this.settle(entry, { status: ack.status, original: ack.original, reason, seq: ack.seq });
  }

  /**
   * Settles every pending command without sending it again (the producer dropped them when ending
   * the run): each is stored and logged with the status `dropped`, reason `dropped_at_end` saying
   * whether it was ever sent (then the server may have applied it). Returns their ids.
   */
  dropAll(): string[] {
    const dropped = [...this.entries.values()];
    for (const entry of dropped) {
      const message =
        entry.attempts === 0
          ? 'Dropped by the producer at the end of the run; it was never sent'
          : `Dropped by the producer at the end of the run after ${entry.attempts} sends without an answer; the server may have applied it`;
      this.settle(entry, { status: 'dropped', reason: { code: DROPPED_AT_END, message } });
    }
    return dropped.map((entry) => entry.command.commandId);
  }

  /** Stores a command's outcome with its run log entry, then tells the session. */
  private settle(
    entry: Entry,
    result: {
      status: CommandOutcome['status'];
      original?: CommandOutcome['original'];
      reason: CommandReason | null;
      seq?: number;
    },
  ): void {
    const { db, runId, store, runLog } = this.deps;
    const commandId = entry.command.commandId;
    const { status, original, reason, seq } = result;
    const outcome: CommandOutcome = { runId, commandId, kind: entry.command.type, status };
    if (original !== undefined) outcome.original = original;
    if (reason !== null) outcome.reason = reason;
    const now = Date.now();
    db.transaction(() => {
      store.acknowledge(commandId, status, reason, now);
      const logged = seq === undefined ? outcome : { ...outcome, seq };
      runLog.append(runId, RunLogKind.commandOutcome, logged, now);
    })();
    this.entries.delete(commandId);
    this.deps.changed();
    this.deps.outcome(outcome);
  }

  private schedule(): void {
    this.clearTimer();
    if (this.closed) return;
    let earliest = Infinity;
    for (const entry of this.entries.values()) {
      if (!entry.inFlight && entry.dueAt < earliest) earliest = entry.dueAt;
    }
    if (earliest === Infinity || !this.deps.ready()) return;
    this.timer = setTimeout(
      () => {
        try {
          this.flush();
        } catch (error) {
          this.deps.failed(error);
        }
      },
      Math.max(0, earliest - Date.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
