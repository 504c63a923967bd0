import type {
  CommandOutcome,
  LinkStatus,
  LiveCommand,
  LiveRun,
  LiveState,
  PendingChoice,
  RunKind,
} from '../../../shared/model/live';
import { RunLogKind } from '../../../shared/model/live';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { EventHub } from '../api/event-hub';
import type { AudienceLink } from '../audience/audience-engine';
import { requireShowRow } from '../lineup/show-queries';
import type { Db } from '../store/database';
import type { TokenVault } from '../store/token-vault';
import { RunLog } from '../sync/run-log';
import { SyncSession } from '../sync/sync-session';
import type { StageStamps } from '../sync/stage-stamps';
import type { SyncTuning } from '../sync/tuning';
import { consoleId } from '../runs/console-id';
import { lineupForServer } from './lineup-upload';
import { showRateClock, type ShowTimeline } from './rate-clock';
import { createRun, endRun, findOpenRun, logRunResumed } from '../runs/run-repository';

/** How long `run.end` with 'send' waits for the server to answer the pending commands. */
export const PENDING_SEND_MS = 10_000;

export interface LiveControllerDeps {
  db: Db;
  events: EventHub;
  tuning: SyncTuning;
  /**
   * Vets a run's server before any link to it opens (a run opened or resumed) and throws to
   * refuse. Without it, every rehearsal run is refused: its server must be proven in-process.
   */
  checkTarget?(target: { kind: RunKind; serverUrl: string }): void;
  /** The audience side of the open run (comments, demand, moderation, alerts). */
  audience?: { attach(run: LiveRun): AudienceLink; detach(): void };
  /** Seals the sale server's token before it is stored. */
  vault: TokenVault;
  /** After a run ended and was stored (the WAL checkpoint and the run-end backup). */
  onRunEnded?(run: LiveRun): void;
  /** Notes the stages of server events on their way to the page (bench/event-to-glass). */
  stamps?: StageStamps;
}

export interface OpenRunInput {
  showId: number;
  kind: RunKind;
  /** The sale server's origin; a rehearsal passes its in-process server here. */
  serverUrl: string;
  serverShowId: string;
  token: string;
}

/**
 * The console's one open run and its sync session: opens, resumes (also at core start), sends
 * commands and ends it. Live and rehearsal runs go through the same path.
 */
export class LiveController {
  private session: SyncSession | null = null;
  private readonly consoleId: string;
  private readonly unlisten: () => void;

  constructor(private readonly deps: LiveControllerDeps) {
    this.consoleId = consoleId(deps.db);
    this.unlisten = deps.events.listen((event, payload) => {
      if (event === 'command.outcome') this.closeWhenShowEnded(payload as CommandOutcome);
    });
  }

  /**
   * End show ends the run too: once the server acknowledged a live run's endShow, every event
   * of the show is in (the server sends a command's events before its acknowledgement and takes
   * no order after the end), so the run closes by itself, right after the outcome is handled.
   * A rehearsal's run is closed by the rehearsal itself.
   */
  private closeWhenShowEnded(outcome: CommandOutcome): void {
    const applied = outcome.status === 'applied' || outcome.original === 'applied';
    const run = this.session?.run;
    if (outcome.kind !== 'endShow' || !applied || run?.id !== outcome.runId || run.kind !== 'live')
      return;
    setImmediate(() => {
      if (this.session?.run.id === run.id) this.end();
    });
  }

  /** At core start: the open run, if any, reconnects and resends its pending commands. */
  resumeOpenRun(): void {
    const run = findOpenRun(this.deps.db);
    if (!run || this.session) return;
    logRunResumed(this.deps.db, run.id);
    this.start(run);
  }

  /**
   * Opens a run, or resumes the open one when it is the same show on the same server. A live run
   * opens only through go-live (its checklist passed); a rehearsal through its server check.
   */
  open(input: OpenRunInput): LiveRun {
    const { db } = this.deps;
    const show = requireShowRow(db, input.showId);
    this.checkTarget(input);
    const open = this.openRunOf(input);
    if (open) return this.resume(open, input.token);
    const at = Date.now();
    const run = createRun(
      db,
      {
        showId: input.showId,
        kind: input.kind,
        // Named after the show; the UI says the kind and the start time in its own language.
        name: show.name,
        target: {
          serverUrl: input.serverUrl,
          serverShowId: input.serverShowId,
          token: this.deps.vault.seal(input.token),
        },
      },
      at,
    );
    return this.start(run).run;
  }

  /**
   * The open run `runId` is a rehearsal: its units per second are per second of its show time,
   * and its sell-out forecasts in show time, as its other clocks (`timeline`: its show time at a
   * wall-clock moment, which stands still while it is paused).
   */
  keepInShowTime(runId: number, timeline: ShowTimeline): void {
    if (this.session?.run.id === runId) this.session.keepRatesOn(showRateClock(timeline));
  }

  /**
   * `link.connect`: the show's open live run connects again (with this token, which may be new).
   * It never opens a run: without one, `conflict` (go live first, where the checklist runs).
   */
  reconnect(input: Omit<OpenRunInput, 'kind'>): LiveRun {
    const target = { ...input, kind: 'live' as const };
    requireShowRow(this.deps.db, input.showId);
    this.checkTarget(target);
    const open = this.openRunOf(target);
    if (!open) throw new ApiError('conflict', coreText('go_live_first'));
    return this.resume(open, input.token);
  }

  /** The open run if it is `input`'s (show, kind, server); null if none; `conflict` if another. */
  private openRunOf(input: OpenRunInput): LiveRun | null {
    const open = this.session?.run ?? findOpenRun(this.deps.db);
    if (!open) return null;
    const same =
      open.showId === input.showId &&
      open.kind === input.kind &&
      open.serverUrl === input.serverUrl &&
      open.serverShowId === input.serverShowId;
    if (!same) {
      throw new ApiError(
        'conflict',
        coreText('run_open_elsewhere', {
          name: open.name,
          showId: open.showId,
          serverUrl: open.serverUrl,
        }),
      );
    }
    return open;
  }

  private resume(open: LiveRun, token: string): LiveRun {
    const session = this.session ?? this.start(open);
    session.updateToken(token);
    session.connect();
    return session.run;
  }

  disconnect(): LinkStatus | null {
    if (!this.session) return null;
    this.session.disconnect();
    return this.session.linkStatus();
  }

  state(): LiveState | null {
    return this.session?.state() ?? null;
  }

  /** The open run's id, or null. */
  openRunId(): number | null {
    return this.session?.run.id ?? null;
  }

  /** A page received the live state of `revision` (see LivePublisher.pageReceived). */
  pageReceived(revision: number): void {
    this.session?.pageReceived(revision);
  }

  command(command: LiveCommand): { commandId: string } {
    return { commandId: this.requireSession().issue(command) };
  }

  /**
   * The producer ends the run (`run.end`): commands still waiting for the server are sent (the
   * run ends once each has its answer, within PENDING_SEND_MS) or dropped, as `choice` says, and
   * the choice is logged; without a choice such a run stays open (`conflict`).
   */
  async endWithPending(choice: PendingChoice | undefined): Promise<LiveRun> {
    const session = this.requireSession();
    const pending = session.pendingCommands().map((entry) => entry.commandId);
    if (pending.length === 0) return this.end();
    if (choice === undefined) {
      throw new ApiError('conflict', coreText('run_end_pending', { count: pending.length }), [
        { path: ['pending'], message: String(pending.length) },
      ]);
    }
    new RunLog(this.deps.db).append(session.run.id, RunLogKind.pendingAtEnd, {
      choice,
      commandIds: pending,
    });
    if (choice === 'drop') session.dropPendingCommands();
    else await this.answered(session);
    const left = session.pendingCommands().length;
    if (left > 0) {
      throw new ApiError(
        'conflict',
        coreText('run_end_unanswered', {
          count: left,
          seconds: PENDING_SEND_MS / 1000,
          state: coreText(`link_${session.linkStatus().state}`),
        }),
        [{ path: ['pending'], message: String(left) }],
      );
    }
    return this.session === session ? this.end() : session.run;
  }

  /** Resolves once `session` has no pending command, or after PENDING_SEND_MS. */
  private answered(session: SyncSession): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stop();
        resolve();
      };
      const timer = setTimeout(done, PENDING_SEND_MS);
      const stop = this.deps.events.listen((event) => {
        if (event === 'command.outcome' && session.pendingCommands().length === 0) done();
      });
      if (session.pendingCommands().length === 0) done();
    });
  }

  end(): LiveRun {
    const session = this.requireSession();
    session.close();
    this.session = null;
    this.deps.audience?.detach();
    const run = endRun(this.deps.db, session.run.id);
    this.deps.events.emit('live.state', { type: 'full', state: null });
    this.deps.onRunEnded?.(run);
    return run;
  }

  close(): void {
    this.unlisten();
    this.session?.close();
    this.session = null;
    this.deps.audience?.detach();
  }

  private start(run: LiveRun): SyncSession {
    this.checkTarget(run);
    const session = new SyncSession({
      db: this.deps.db,
      run,
      consoleId: this.consoleId,
      tuning: this.deps.tuning,
      events: this.deps.events,
      lineup: () => lineupForServer(this.deps.db, run.showId),
      audience: this.deps.audience?.attach(run),
      vault: this.deps.vault,
      stamps: this.deps.stamps,
    });
    this.session = session;
    session.publishFull();
    session.connect();
    return session;
  }

  private checkTarget(target: { kind: RunKind; serverUrl: string }): void {
    if (this.deps.checkTarget) this.deps.checkTarget(target);
    else if (target.kind === 'rehearsal') {
      throw new ApiError('forbidden', coreText('rehearsal_check_needed'));
    }
  }

  private requireSession(): SyncSession {
    if (!this.session) throw new ApiError('conflict', coreText('no_run_open'));
    return this.session;
  }
}
