import { join } from 'node:path';
import { dispatch } from './api/dispatch';
import { EventHub } from './api/event-hub';
import type { Core, CoreOptions } from './core';
import { readAppVersion } from './handlers/app-version';
import { buildHandlers } from './handlers';
import { seedDemoShow } from './lineup/demo-show';
import { OnAirEngine } from './onair/onair-engine';
import { AudienceEngine } from './audience/audience-engine';
import { LiveController } from './live/live-controller';
import { endInterruptedRehearsals } from './rehearsal/interrupted';
import { RunTargets } from './rehearsal/link/target-guard';
import { RehearsalController } from './rehearsal/rehearsal-controller';
import { openDatabase, type Db } from './store/database';
import { lockDataFolder } from './store/folder-lock';
import { preparePrivateFile, preparePrivateFolder } from './store/private-files';
import { syncTuning } from './sync/tuning';

export const DATABASE_FILE = 'showdesk.sqlite';

/** What the lock's holder file says is running. */
const APP_NAMES = { electron: 'Electron app', web: 'browser host' } as const;

/** Opens the database with the folder locked; on failure releases the lock and rethrows. */
function openLocked(options: CoreOptions): { db: Db; release(): void } {
  preparePrivateFolder(options.dataDir);
  const lock = lockDataFolder(options.dataDir, APP_NAMES[options.transport], options.nativeBinding);
  try {
    const file = join(options.dataDir, DATABASE_FILE);
    preparePrivateFile(file);
    const { db } = openDatabase(file, { nativeBinding: options.nativeBinding });
    try {
      if (options.seedDemo ?? true) seedDemoShow(db, options.resourcesDir);
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, release: () => lock.release() };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Starts the core: takes the data folder's one-writer lock (DataFolderLockedError when another
 * Showdesk has it), makes the folder and its files the user's only, opens (and migrates)
 * <dataDir>/showdesk.sqlite, seeds the demo show on a new database and wires the console API
 * handlers. Throws NewerDatabaseError for a database written by a newer Showdesk.
 */
export function createCore(options: CoreOptions): Core {
  const { db, release } = openLocked(options);
  const events = new EventHub();
  const targets = new RunTargets();
  const audience: AudienceEngine = new AudienceEngine({
    db,
    events,
    command: (command) => live.command(command),
  });
  const live: LiveController = new LiveController({
    db,
    events,
    audience,
    tuning: syncTuning(options.sync),
    checkTarget: (target) => targets.check(target),
  });
  const rehearsal = new RehearsalController({
    db,
    events,
    live,
    targets,
    dataDir: options.dataDir,
  });
  const onair = new OnAirEngine({ db, events, live });
  const handlers = buildHandlers(
    {
      db,
      events,
      version: options.version ?? readAppVersion(),
      dataDir: options.dataDir,
      transport: options.transport,
    },
    live,
    {
      controller: rehearsal,
      goLive: { db, live, targets, rehearsing: () => rehearsal.state() !== null },
    },
    { engine: onair, opener: options.hostView },
    audience,
  );
  endInterruptedRehearsals(db);
  live.resumeOpenRun();
  return {
    dispatch: (method, input) => dispatch(handlers, method, input),
    events,
    close: () => {
      onair.close();
      audience.close();
      rehearsal.close();
      live.close();
      if (db.open) db.close();
      release();
    },
  };
}
