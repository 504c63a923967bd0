import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { LiveRun } from '../../../shared/model/live';
import type { RehearsalPreset } from '../../../shared/model/rehearsal';
import type { AudienceEngine } from '../audience/audience-engine';
import type { EventHub } from '../api/event-hub';
import type { OnAirEngine } from '../onair/onair-engine';
import type { LiveController } from '../live/live-controller';
import type { Db } from '../store/database';
import { waitForCore } from './core-waits';
import { IntakeClient } from './link/intake-client';
import { startRehearsalServer, type RehearsalServer } from './link/rehearsal-server';
import { ShowObserver } from './link/show-observer';
import type { RunTargets } from './link/target-guard';
import type { RehearsalLog } from './rehearsal-log';
import { ShowTimeClock } from './show-time-clock';
import { SimClock } from './sim-clock';

const READY_TIMEOUT_MS = 15_000;

export interface OpenRehearsalInput {
  db: Db;
  events: EventHub;
  live: LiveController;
  targets: RunTargets;
  audience?: Pick<AudienceEngine, 'countInShowTime'>;
  onair?: Pick<OnAirEngine, 'keepInShowTime'>;
  dataDir: string;
  log: RehearsalLog;
  showId: number;
  lineupSize: number;
  seed: number;
  preset: RehearsalPreset;
  speed: number;
  scenarioRunId: number | null;
  startShow: boolean;
}

export interface OpenedRehearsal {
  /** Show time, at the rehearsal's speed. */
  clock: SimClock;
  /** The server's timers, in show time. */
  serverClock: ShowTimeClock;
  server: RehearsalServer;
  observer: ShowObserver;
  intake: IntakeClient;
  run: LiveRun;
}

/**
 * Brings a rehearsal up the way a live show comes up: the in-process server starts, the console
 * opens a run of kind 'rehearsal' to it through the live controller (same link, outbox and inbox),
 * loads the lineup onto it, and starts the show with an ordinary command. Everything started is
 * taken down again if a step fails.
 */
export async function openRehearsal(input: OpenRehearsalInput): Promise<OpenedRehearsal> {
  const { db, events, live, targets } = input;
  const clock = new SimClock(input.speed);
  const serverClock = new ShowTimeClock(clock);
  const server = await startRehearsalServer(input.dataDir, serverClock);
  targets.allowRehearsal(server.proxy.port);
  let run: LiveRun | null = null;
  let observer: ShowObserver | null = null;
  let intake: IntakeClient | null = null;
  try {
    run = live.open({
      showId: input.showId,
      kind: 'rehearsal',
      serverUrl: server.consoleUrl,
      serverShowId: server.serverShowId,
      token: server.token,
    });
    const runId = run.id;
    live.keepInShowTime(runId, clock);
    input.audience?.countInShowTime(runId, () => clock.simulatedMs);
    input.onair?.keepInShowTime(runId, () => clock.simulatedMs);
    db.prepare('UPDATE runs SET seed = ? WHERE id = ?').run(input.seed, runId);
    input.log.append(runId, {
      type: 'started',
      simulatedMs: 0,
      preset: input.preset,
      seed: input.seed,
      speed: input.speed,
      scenarioRunId: input.scenarioRunId,
      serverUrl: server.consoleUrl,
      ledgerDir: server.ledgerDir,
    });
    const crowd = { url: server.crowdUrl, token: server.token, showId: server.serverShowId };
    observer = await ShowObserver.connect(crowd);
    intake = await IntakeClient.connect(crowd);
    const loaded = await waitForCore(
      events,
      () => {
        const state = live.state();
        return (
          state !== null &&
          state.run.id === runId &&
          state.synced &&
          state.products.length === input.lineupSize &&
          state.pending.length === 0
        );
      },
      READY_TIMEOUT_MS,
    );
    if (!loaded) throw new ApiError('internal', coreText('rehearsal_lineup_refused'));
    if (input.startShow) {
      live.command({ type: 'startShow' });
      const started = await waitForCore(
        events,
        () => {
          const state = live.state();
          return state?.showState === 'live' && state.pending.length === 0;
        },
        READY_TIMEOUT_MS,
      );
      const watching = observer;
      if (!started || !(await watching.until(() => watching.live, READY_TIMEOUT_MS))) {
        throw new ApiError('internal', coreText('rehearsal_show_not_started'));
      }
    }
    return { clock, serverClock, server, observer, intake, run };
  } catch (error) {
    observer?.close();
    intake?.close();
    if (run !== null && live.state()?.run.id === run.id) live.end();
    targets.revokeRehearsal(server.proxy.port);
    await server.close().catch(() => undefined);
    throw error;
  }
}
