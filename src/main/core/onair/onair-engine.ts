import type { ApiEventName } from '../../../shared/api/contract';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { TalkingPointInput } from '../../../shared/model/lineup';
import type { LiveCommand, LiveState } from '../../../shared/model/live';
import { CueInput, type CueFired, type OnAirState } from '../../../shared/model/onair';
import type { EventHub } from '../api/event-hub';
import type { Db } from '../store/database';
import { cueCommands } from './cue-rules';
import { FramePacer } from './frame-pacer';
import { OnAirLog } from './onair-log';
import { OnAirRun } from './onair-run';
import { OnAirStore } from './onair-store';

/** The live side the on-air core reads and sends through (the live controller). */
export interface LiveAccess {
  state(): LiveState | null;
  /** Commits a command to the outbox, as `live.command` does. */
  command(command: LiveCommand): { commandId: string };
}

export interface OnAirEngineDeps {
  db: Db;
  events: EventHub;
  live: LiveAccess;
  now?: () => number;
  /** A live update could not be followed; the engine keeps running. */
  failed?: (error: unknown) => void;
}

/**
 * Least time between two `onair.state` events driven by live deltas: one display frame. Live
 * deltas go out as soon as a page received the last one (several a frame at high order rates);
 * the on-air texts follow at most once a frame, each after the delta that moved them.
 */
const ONAIR_FRAME_MS = 1000 / 60;

function isDelta(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && 'type' in payload
    ? payload.type === 'delta'
    : false;
}

function showIdOf(payload: unknown): number | null {
  return typeof payload === 'object' &&
    payload !== null &&
    'showId' in payload &&
    typeof payload.showId === 'number'
    ? payload.showId
    : null;
}

function reportFailure(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`on-air update failed: ${message}\n`);
}

/**
 * The on-air core: follows the open run's live state (an `onair.state` when what is on air
 * changed: after a full state at once, after deltas at most once a frame, with every text filled
 * in again from the newest figures), and carries out the producer's talking point and cue calls,
 * each answered with the state it leads to.
 */
export class OnAirEngine {
  private run: OnAirRun | null = null;
  private revision = 0;
  private lastPublished: string | null = null;
  private readonly store: OnAirStore;
  private readonly log: OnAirLog;
  private readonly now: () => number;
  private readonly unlisten: () => void;
  private readonly pacer: FramePacer;
  /** The rehearsal run whose slot times are kept in its show time, and its show time now. */
  private showClock: { runId: number; showMs: () => number } | null = null;

  constructor(private readonly deps: OnAirEngineDeps) {
    this.store = new OnAirStore(deps.db);
    this.log = new OnAirLog(deps.db);
    this.now = deps.now ?? Date.now;
    this.pacer = new FramePacer(
      ONAIR_FRAME_MS,
      () => this.publish(this.deps.live.state()),
      deps.failed ?? reportFailure,
    );
    this.unlisten = deps.events.listen((event: ApiEventName, payload: unknown) =>
      this.heard(event, payload),
    );
  }

  state(): OnAirState | null {
    const live = this.deps.live.state();
    if (live === null) return null;
    const run = this.follow(live);
    return run.view(live, this.revision, this.now());
  }

  next(): OnAirState {
    return this.act((run, at) => run.next(at));
  }

  previous(): OnAirState {
    return this.act((run, at) => run.previous(at));
  }

  done(): OnAirState {
    return this.act((run, at) => run.done(at));
  }

  goto(talkingPointId: number): OnAirState {
    return this.act((run, at) => run.goto(talkingPointId, at));
  }

  reorder(talkingPointIds: readonly number[]): OnAirState {
    return this.act((run, at) => run.reorder(talkingPointIds, at));
  }

  /** Adds the point to the lineup as well, and announces that lineup change. */
  addPoint(productId: number | null, point: TalkingPointInput): OnAirState {
    const state = this.act((run, at) => run.addPoint(productId, point, at));
    this.deps.events.emit('lineup.changed', { showId: state.showId });
    this.deps.events.emit('shows.changed', {});
    return state;
  }

  setFollowPin(on: boolean): OnAirState {
    return this.act((run, at) => run.setFollowPin(on, at));
  }

  /** Arms `cue` (its omitted fields take their defaults), replacing the armed one. */
  armCue(cue: CueInput): OnAirState {
    const parsed = CueInput.parse(cue);
    return this.act((run, at) => run.arm(parsed, at));
  }

  clearCue(): OnAirState {
    return this.act((run, at) => run.clearCue(at));
  }

  setAutoArm(on: boolean): OnAirState {
    return this.act((run, at) => run.setAutoArm(on, at));
  }

  /** Sends the armed cue's commands through the outbox, then clears it and loads its points. */
  fireCue(): CueFired {
    const live = this.requireLive();
    const run = this.follow(live);
    const { cue, sku } = run.armedCue();
    const commandIds = cueCommands(cue, sku).map(
      (command) => this.deps.live.command(command).commandId,
    );
    run.fired(commandIds, this.now());
    return { commandIds, state: this.publishNow() };
  }

  /**
   * The run `runId` is a rehearsal: its slot times are kept in its show time (`showMs`: show time
   * now), which runs at its speed and stands still while it is paused, as its clock on screen.
   */
  keepInShowTime(runId: number, showMs: () => number): void {
    this.showClock = { runId, showMs };
  }

  close(): void {
    this.unlisten();
    this.pacer.stop();
  }

  private heard(event: ApiEventName, payload: unknown): void {
    try {
      if (event === 'live.state' && isDelta(payload)) {
        this.pacer.request();
      } else if (event === 'live.state') {
        this.pacer.stop();
        this.publish(this.deps.live.state());
      } else if (event === 'lineup.changed' && this.run?.showId === showIdOf(payload)) {
        this.run.lineupChanged(this.now());
        this.publish(this.deps.live.state());
      }
    } catch (error) {
      (this.deps.failed ?? reportFailure)(error);
    }
  }

  private act(work: (run: OnAirRun, at: number) => void): OnAirState {
    const run = this.follow(this.requireLive());
    work(run, this.now());
    return this.publishNow();
  }

  private publishNow(): OnAirState {
    const state = this.publish(this.requireLive());
    if (state === null) throw new ApiError('conflict', coreText('run_ended'));
    return state;
  }

  private requireLive(): LiveState {
    const live = this.deps.live.state();
    if (live === null) {
      throw new ApiError('conflict', coreText('no_run_open'));
    }
    return live;
  }

  /** The run of this live state, opened (or loaded) on first sight, after the live state. */
  private follow(live: LiveState): OnAirRun {
    if (this.run === null || this.run.run.id !== live.run.id) {
      const runId = live.run.id;
      const showMs = () => (this.showClock?.runId === runId ? this.showClock.showMs() : null);
      this.run = OnAirRun.open(
        { db: this.deps.db, store: this.store, log: this.log, showMs },
        live.run,
        this.now(),
      );
    }
    this.run.observe(live, this.now());
    return this.run;
  }

  /** Builds the state from `live` and sends it, unless it is the same as the last one sent. */
  private publish(live: LiveState | null): OnAirState | null {
    if (live === null) {
      this.run = null;
      this.send(null, 'null');
      return null;
    }
    const run = this.follow(live);
    const state = run.view(live, this.revision + 1, this.now());
    const key = JSON.stringify({ ...state, revision: 0, at: 0 });
    if (key === this.lastPublished) return { ...state, revision: this.revision };
    this.revision = state.revision;
    this.send(state, key);
    return state;
  }

  private send(state: OnAirState | null, key: string): void {
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    this.deps.events.emit('onair.state', state);
  }
}
