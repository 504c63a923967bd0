import type { LiveRun, LiveState } from '../../../shared/model/live';
import type {
  DemandSource,
  RehearsalPreset,
  RehearsalState,
  RehearsalStatus,
} from '../../../shared/model/rehearsal';
import type { EventHub } from '../api/event-hub';
import type { LiveController } from '../live/live-controller';
import { waitForCore } from './core-waits';
import type { CrowdSource } from './crowd/market';
import { CommentCrowd } from './crowd/comment-crowd';
import type { IntakeClient } from './link/intake-client';
import type { RehearsalServer } from './link/rehearsal-server';
import type { ShowObserver } from './link/show-observer';
import { RehearsalEngine } from './rehearsal-engine';
import type { RehearsalLog } from './rehearsal-log';
import type { ShowTimeClock } from './show-time-clock';
import type { SimClock } from './sim-clock';

/** A clock entry in the run log every this much show time. */
const CLOCK_ENTRY_MS = 10_000;
const COMMANDS_WAIT_MS = 2000;
const CATCH_UP_MS = 3000;
const RECONNECT_WAIT_MS = 5000;

export interface SessionDeps {
  events: EventHub;
  live: LiveController;
  log: RehearsalLog;
  server: RehearsalServer;
  observer: ShowObserver;
  intake: IntakeClient;
  run: LiveRun;
  preset: RehearsalPreset;
  seed: number;
  demand: DemandSource;
  source: CrowdSource;
  tickMs: number;
  /** Show time, at the speed the rehearsal starts with. */
  clock: SimClock;
  /** The server's timed pins and flash sales, due in show time. */
  serverClock: ShowTimeClock;
  /** Something a producer sees changed (pause, speed, link drop, stop). */
  changed(): void;
  /** The loop failed or the run was ended from elsewhere: the session has closed itself. */
  closed(): void;
}

/**
 * One running rehearsal: the in-process server and its relay, the crowd's connections, the
 * engine and its clock, and the controls. The console's side is the ordinary open run of the
 * live controller; this only watches it (pending commands, last seq) to keep steps in order.
 */
export class RehearsalSession {
  private readonly clock: SimClock;
  private readonly engine: RehearsalEngine;
  private stage: RehearsalStatus = 'paused';
  private drop: { seconds: number; untilMs: number } | null = null;
  private syncNeeded = true;
  private lastClockEntry = 0;

  constructor(private readonly deps: SessionDeps) {
    this.clock = deps.clock;
    this.engine = new RehearsalEngine({
      source: deps.source,
      observer: deps.observer,
      intake: deps.intake,
      clock: this.clock,
      tickMs: deps.tickMs,
      comments: new CommentCrowd(deps.seed),
      hooks: {
        settle: () => this.settle(),
        stepped: (simulatedMs) => this.stepped(simulatedMs),
        halted: () => this.halted(),
        failed: (error) => this.fail(error),
      },
    });
  }

  get runId(): number {
    return this.deps.run.id;
  }

  get status(): RehearsalStatus {
    return this.stage;
  }

  /** Starts show time at 0, running or paused. */
  begin(paused: boolean): void {
    if (paused) return;
    this.stage = 'running';
    this.engine.resume();
  }

  /** Pauses now, or plans a pause at show second `atSeconds` (now if that has passed). */
  async pause(atSeconds?: number): Promise<void> {
    if (atSeconds !== undefined && atSeconds * 1000 > this.clock.simulatedMs) {
      this.engine.planPause(atSeconds * 1000);
      this.deps.changed();
      return;
    }
    if (this.stage !== 'running') return;
    this.engine.planPause(null);
    await this.engine.pause();
    await this.halted();
  }

  resume(): void {
    if (this.stage !== 'paused') return;
    this.stage = 'running';
    this.syncNeeded = true;
    this.log({ type: 'resumed', simulatedMs: this.clock.simulatedMs });
    this.engine.resume();
    this.deps.changed();
  }

  setSpeed(speed: number): void {
    this.clock.setSpeed(speed);
    this.log({ type: 'speed', simulatedMs: this.clock.simulatedMs, speed });
    this.deps.changed();
  }

  /** Cuts the console's link (at the relay) for `seconds` of show time. */
  dropLink(seconds: number): void {
    const untilMs = this.clock.simulatedMs + seconds * 1000;
    this.drop = { seconds, untilMs: Math.max(untilMs, this.drop?.untilMs ?? 0) };
    this.deps.server.proxy.block();
    this.log({ type: 'linkDropped', simulatedMs: this.clock.simulatedMs, seconds });
    this.deps.changed();
  }

  /**
   * Ends the rehearsal: the crowd stops, the link comes back, the show is ended through the
   * console's command path, and the run is ended once the console has every event.
   */
  async stop(): Promise<LiveRun> {
    this.stage = 'stopping';
    this.deps.changed();
    this.engine.planPause(null);
    await this.engine.stop();
    this.restoreLink();
    const { events, live } = this.deps;
    if (this.ownsRun()) {
      await waitForCore(
        events,
        () => this.console()?.link.state !== 'reconnecting',
        RECONNECT_WAIT_MS,
      );
      const state = this.console();
      if (state?.link.state === 'connected' && state.displayShowState === 'live') {
        live.command({ type: 'endShow' });
        await waitForCore(events, () => this.console()?.pending.length === 0, COMMANDS_WAIT_MS);
      }
      await this.catchUp();
    }
    this.log({ type: 'stopped', simulatedMs: this.clock.simulatedMs, crowd: this.crowd() });
    const run = this.ownsRun() ? live.end() : this.deps.run;
    await this.release();
    return run;
  }

  /** The core is closing, or the run was ended elsewhere: end it as it stands, let all go. */
  abort(): void {
    if (this.stage === 'stopped' || this.stage === 'stopping') return;
    this.stage = 'stopping';
    void this.engine.stop();
    this.log({ type: 'stopped', simulatedMs: this.clock.simulatedMs, crowd: this.crowd() });
    if (this.ownsRun()) this.deps.live.end();
    void this.release();
  }

  state(): RehearsalState {
    const { run, preset, seed, demand, server } = this.deps;
    return {
      run: { ...run },
      runId: run.id,
      showId: run.showId,
      preset,
      seed,
      demand,
      speed: this.clock.speed,
      effectiveSpeed: this.stage === 'running' ? this.clock.effectiveSpeed() : 0,
      status: this.stage,
      paused: this.stage === 'paused',
      simulatedMs: this.clock.simulatedMs,
      spanEnds: this.deps.serverClock.spanEnds(),
      pauseAtMs: this.engine.pauseAtMs,
      viewers: this.engine.viewers,
      linkDrop: this.drop ? { ...this.drop } : null,
      crowd: this.crowd(),
      serverUrl: server.consoleUrl,
    };
  }

  private crowd(): RehearsalState['crowd'] {
    return { ...this.deps.intake.totals };
  }

  /** This rehearsal's run as the console has it now, or null once it is no longer open. */
  private console(): LiveState | null {
    const state = this.deps.live.state();
    return state?.run.id === this.deps.run.id ? state : null;
  }

  private ownsRun(): boolean {
    return this.deps.live.state()?.run.id === this.deps.run.id;
  }

  /** Operator commands land before the next step, and the crowd sees what they did. */
  private async settle(): Promise<void> {
    const state = this.console();
    if (state === null) {
      this.fail(new Error('the rehearsal run was ended'));
      return;
    }
    if (state.link.state === 'connected' && state.pending.length > 0) {
      await waitForCore(
        this.deps.events,
        () =>
          (this.console()?.pending.length ?? 0) === 0 || this.console()?.link.state !== 'connected',
        COMMANDS_WAIT_MS,
      );
      this.syncNeeded = true;
    }
    if (!this.syncNeeded) return;
    this.syncNeeded = false;
    const { server, observer } = this.deps;
    const seq = server.server.inspect(server.serverShowId).seq;
    await observer.until(() => observer.seq >= seq, CATCH_UP_MS);
  }

  private stepped(simulatedMs: number): void {
    if (this.deps.serverClock.fireDue(simulatedMs)) this.syncNeeded = true;
    if (this.drop !== null && simulatedMs >= this.drop.untilMs) {
      this.restoreLink();
      this.deps.changed();
    }
    if (simulatedMs - this.lastClockEntry >= CLOCK_ENTRY_MS) {
      this.lastClockEntry = simulatedMs;
      this.log({ type: 'clock', simulatedMs, speed: this.clock.speed });
    }
  }

  /** The engine stopped for a pause: wait until the console has every event, then report. */
  private async halted(): Promise<void> {
    await this.catchUp();
    if (this.stage !== 'running') return;
    this.stage = 'paused';
    this.log({ type: 'paused', simulatedMs: this.clock.simulatedMs });
    this.deps.changed();
  }

  private async catchUp(): Promise<void> {
    const state = this.console();
    if (state?.link.state !== 'connected') return;
    const { server, events } = this.deps;
    const seq = server.server.inspect(server.serverShowId).seq;
    await waitForCore(
      events,
      () => {
        const now = this.console();
        return now === null || (now.link.lastSeq >= seq && now.pending.length === 0);
      },
      CATCH_UP_MS,
    );
  }

  private restoreLink(): void {
    if (this.drop === null) return;
    this.drop = null;
    this.deps.server.proxy.unblock();
    this.log({ type: 'linkRestored', simulatedMs: this.clock.simulatedMs });
  }

  private fail(error: unknown): void {
    if (this.stage === 'stopped' || this.stage === 'stopping') return;
    if (!this.ownsRun()) {
      this.abort();
      return;
    }
    process.stderr.write(
      `rehearsal ${this.deps.run.id} stopped: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    this.abort();
  }

  private async release(): Promise<void> {
    this.stage = 'stopped';
    const { observer, intake, server } = this.deps;
    observer.close();
    intake.close();
    await server.close().catch(() => undefined);
    this.deps.closed();
  }

  private log(entry: Parameters<RehearsalLog['append']>[1]): void {
    if (this.ownsRun()) this.deps.log.append(this.deps.run.id, entry);
  }
}
