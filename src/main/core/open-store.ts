import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import type { LiveRun } from '../../shared/model/live';
import type { EventHub } from './api/event-hub';
import type { CoreOptions } from './core';
import { readAppVersion } from './handlers/app-version';
import { buildHandlers, type StoreMethods } from './handlers';
import { seedDemoShow } from './lineup/demo-show';
import { OnAirEngine } from './onair/onair-engine';
import { AudienceEngine } from './audience/audience-engine';
import { LiveController } from './live/live-controller';
import { RecentFeed } from './live/recent-feed';
import { startOrderColumnFill } from './review/order-column-fill';
import { UndoOffers } from './live/undo-offers';
import { endInterruptedRehearsals } from './rehearsal/interrupted';
import { RunTargets } from './rehearsal/link/target-guard';
import { RehearsalController } from './rehearsal/rehearsal-controller';
import { openDatabase, type Db } from './store/database';
import { preparePrivateFile } from './store/private-files';
import { WalCheckpointer } from './store/wal-checkpointer';
import type { TokenVault } from './store/token-vault';
import { sealStoredTokens } from './sync/sync-store';
import { syncTuning } from './sync/tuning';

export const DATABASE_FILE = 'showdesk.sqlite';

export function databaseFileOf(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/** The open database and everything wired to it; replaced as a whole when a backup is restored. */
export interface Store {
  db: Db;
  handlers: Pick<ApiHandlers, StoreMethods>;
  /** true while a run (live or rehearsal) is open. */
  busy(): boolean;
  close(): void;
}

function openDb(options: CoreOptions, vault: TokenVault): Db {
  const file = databaseFileOf(options.dataDir);
  preparePrivateFile(file);
  const { db } = openDatabase(file, {
    nativeBinding: options.nativeBinding,
    dataDir: options.dataDir,
  });
  try {
    sealStoredTokens(db, vault);
    if (options.seedDemo ?? true) seedDemoShow(db, options.resourcesDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The fill ends early only on an error; the next start goes on from its last slice. */
function reportFillError(error?: Error): void {
  if (error === undefined) return;
  process.stderr.write(`Showdesk: filling the run log's order columns stopped: ${error.message}\n`);
}

/**
 * Opens (and migrates) <dataDir>/showdesk.sqlite, seeds the demo show on a new database, wires
 * the console API handlers to it and resumes the open run.
 */
export function openStore(
  options: CoreOptions,
  events: EventHub,
  hooks: { vault: TokenVault; onRunEnded(run: LiveRun): void },
): Store {
  const db = openDb(options, hooks.vault);
  const checkpointer = new WalCheckpointer(db, {
    file: databaseFileOf(options.dataDir),
    nativeBinding: options.nativeBinding,
  });
  const targets = new RunTargets();
  const audience: AudienceEngine = new AudienceEngine({
    db,
    events,
    command: (command) => live.command(command),
    viewers: () => live.state()?.viewers ?? 0,
  });
  const live: LiveController = new LiveController({
    db,
    events,
    audience,
    tuning: syncTuning(options.sync),
    stamps: options.stageStamps,
    checkTarget: (target) => targets.check(target),
    vault: hooks.vault,
    onRunEnded: hooks.onRunEnded,
  });
  const rehearsal = new RehearsalController({
    db,
    events,
    live,
    targets,
    audience,
    onair: { keepInShowTime: (runId, showMs) => onair.keepInShowTime(runId, showMs) },
    dataDir: options.dataDir,
  });
  const onair = new OnAirEngine({ db, events, live });
  const recent = new RecentFeed({ db, events, openRunId: () => live.openRunId() });
  const undo = new UndoOffers({ events, live });
  const handlers = buildHandlers(
    {
      db,
      events,
      version: options.version ?? readAppVersion(),
      dataDir: options.dataDir,
      transport: options.transport,
      nativeBinding: options.nativeBinding,
    },
    { controller: live, recent, undo },
    {
      controller: rehearsal,
      goLive: { db, live, targets, rehearsing: () => rehearsal.state() !== null },
    },
    { engine: onair, opener: options.hostView },
    audience,
  );
  endInterruptedRehearsals(db);
  live.resumeOpenRun();
  const stopFill = startOrderColumnFill(db, { onEnd: reportFillError });
  return {
    db,
    handlers,
    busy: () => live.state() !== null || rehearsal.state() !== null,
    close: () => {
      recent.close();
      undo.close();
      onair.close();
      audience.close();
      rehearsal.close();
      live.close();
      stopFill();
      checkpointer.stop();
      if (db.open) db.close();
    },
  };
}
