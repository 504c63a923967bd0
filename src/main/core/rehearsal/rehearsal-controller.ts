import type { AudienceEngine } from '../audience/audience-engine';
import type { ApiEvents } from '../../../shared/api/contract';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { LiveRun } from '../../../shared/model/live';
import type {
  DemandSource,
  NextSlot,
  RehearsalPreset,
  RehearsalState,
} from '../../../shared/model/rehearsal';
import { LineupProducts, describeIssues, parseWith } from '../../../shared/protocol';
import type { EventHub } from '../api/event-hub';
import type { LiveController } from '../live/live-controller';
import type { OnAirEngine } from '../onair/onair-engine';
import { lineupForServer } from '../live/lineup-upload';
import type { Db } from '../store/database';
import { CrowdModel } from './crowd-model';
import type { CrowdSource } from './crowd/market';
import { crowdPreset } from './crowd/presets';
import { randomSeed } from '../../../shared/random/prng';
import { ScenarioCrowd } from './crowd/scenario-crowd';
import { nextSlotSku } from './next-slot';
import { RehearsalLog } from './rehearsal-log';
import { RehearsalSession } from './rehearsal-session';
import { StateBeat } from './state-beat';
import { loadScenarioDemand } from './scenario-demand';
import { openRehearsal } from './open-rehearsal';
import type { RunTargets } from './link/target-guard';

export interface RehearsalControllerDeps {
  db: Db;
  events: EventHub;
  live: LiveController;
  targets: RunTargets;
  /** The audience side, told that a rehearsal's comments count in show time. */
  audience?: Pick<AudienceEngine, 'countInShowTime'>;
  /** The on-air side, told that a rehearsal's slot times are kept in show time. */
  onair?: Pick<OnAirEngine, 'keepInShowTime'>;
  /** The console's data folder; rehearsal ledgers go under `<dataDir>/rehearsals`. */
  dataDir: string;
}

export interface StartInput {
  showId: number;
  preset: RehearsalPreset;
  seed?: number;
  speed?: number;
  scenarioRunId?: number;
  startPaused?: boolean;
  startShow?: boolean;
}

/**
 * The console API's side of rehearsal mode: one rehearsal at a time, started, controlled and
 * stopped here, its state published as `rehearsal.state`.
 */
export class RehearsalController {
  private session: RehearsalSession | null = null;
  private starting = false;
  private readonly log: RehearsalLog;
  private readonly beat: StateBeat;

  constructor(private readonly deps: RehearsalControllerDeps) {
    this.log = new RehearsalLog(deps.db);
    this.beat = new StateBeat(
      () => this.session?.state() ?? null,
      (state) => deps.events.emit('rehearsal.state', { state }),
    );
    // The rehearsal's run ended by another path (run.end): the rehearsal goes with it. Its state
    // follows each live state, so the panel's figures travel with the cards'.
    deps.events.listen((event, payload) => {
      if (event !== 'live.state') return;
      const update = payload as ApiEvents['live.state'];
      if (update.type === 'full' && update.state === null) this.session?.abort();
      else this.beat.follow();
    });
  }

  async start(input: StartInput): Promise<RehearsalState> {
    const { db, live } = this.deps;
    if (this.session !== null || this.starting) {
      throw new ApiError('conflict', coreText('rehearsal_running'));
    }
    const open = live.state();
    if (open !== null) {
      throw new ApiError('conflict', coreText('run_still_open', { name: open.run.name }));
    }
    const lineup = parseWith(LineupProducts, lineupForServer(db, input.showId));
    if (!lineup.ok) {
      throw new ApiError(
        'invalid_input',
        coreText('rehearsal_lineup_invalid', { detail: describeIssues(lineup.issues) }),
      );
    }
    const preset = crowdPreset(input.preset);
    const seed = input.seed ?? randomSeed();
    const { source, demand } = this.crowdFor(
      input,
      seed,
      lineup.value.map((p) => p.sku),
    );
    this.starting = true;
    try {
      const opened = await openRehearsal({
        ...this.deps,
        log: this.log,
        showId: input.showId,
        lineupSize: lineup.value.length,
        seed,
        preset: input.preset,
        speed: input.speed ?? 1,
        scenarioRunId: input.scenarioRunId ?? null,
        startShow: input.startShow ?? true,
      });
      const session = new RehearsalSession({
        ...opened,
        events: this.deps.events,
        live,
        log: this.log,
        preset: input.preset,
        seed,
        demand,
        source,
        tickMs: preset.tickMs,
        changed: () => this.beat.now(),
        closed: () => this.closed(opened.server.proxy.port),
      });
      this.session = session;
      session.begin(input.startPaused ?? false);
      this.beat.start();
      this.beat.now();
      return session.state();
    } finally {
      this.starting = false;
    }
  }

  async pause(atSeconds?: number): Promise<RehearsalState> {
    const session = this.require();
    await session.pause(atSeconds);
    return session.state();
  }

  resume(): RehearsalState {
    const session = this.require();
    session.resume();
    return session.state();
  }

  setSpeed(speed: number): RehearsalState {
    const session = this.require();
    session.setSpeed(speed);
    return session.state();
  }

  dropLink(seconds: number): RehearsalState {
    const session = this.require();
    session.dropLink(seconds);
    return session.state();
  }

  /** Pins the lineup slot after the current one, through the console's command path. */
  nextSlot(): NextSlot {
    this.require();
    const state = this.deps.live.state();
    if (state === null) throw new ApiError('conflict', coreText('rehearsal_not_open'));
    const sku = nextSlotSku(state);
    if (sku === null) throw new ApiError('conflict', coreText('rehearsal_last_slot'));
    return { sku, ...this.deps.live.command({ type: 'pin', sku }) };
  }

  async stop(): Promise<LiveRun> {
    return this.require().stop();
  }

  state(): RehearsalState | null {
    return this.session?.state() ?? null;
  }

  /** The core is closing. */
  close(): void {
    this.session?.abort();
    this.beat.stop();
  }

  private crowdFor(
    input: StartInput,
    seed: number,
    skus: string[],
  ): { source: CrowdSource; demand: DemandSource } {
    if (input.scenarioRunId === undefined) {
      return {
        source: new CrowdModel(crowdPreset(input.preset), seed),
        demand: { type: 'model', preset: input.preset },
      };
    }
    const scenario = loadScenarioDemand(this.deps.db, input.scenarioRunId);
    const replayed = new Set(scenario.seconds.map((second) => second.sku));
    return {
      source: new ScenarioCrowd(scenario),
      demand: {
        type: 'replay',
        runId: scenario.runId,
        skus: skus.filter((sku) => replayed.has(sku)),
        missingSkus: [...replayed].filter((sku) => !skus.includes(sku)),
        lengthMs: scenario.lengthMs,
      },
    };
  }

  private require(): RehearsalSession {
    const session = this.session;
    if (session === null || session.status === 'stopping' || session.status === 'stopped') {
      throw new ApiError('conflict', coreText('no_rehearsal'));
    }
    return session;
  }

  private closed(port: number): void {
    this.deps.targets.revokeRehearsal(port);
    this.session = null;
    this.beat.stop();
    this.deps.events.emit('rehearsal.state', { state: null });
  }
}
