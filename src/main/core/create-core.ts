import type { LiveRun } from '../../shared/model/live';
import { dispatch } from './api/dispatch';
import { ConsolePresence } from './api/console-presence';
import { EventHub } from './api/event-hub';
import { presenceHandlers } from './handlers/presence-handlers';
import type { Core, CoreOptions } from './core';
import { storageHandlers } from './handlers/storage-handlers';
import { databaseFileOf, openStore, type Store } from './open-store';
import { lockDataFolder } from './store/folder-lock';
import { preparePrivateFolder } from './store/private-files';
import { StorageKeeper } from './store/storage-keeper';
import { TokenVault } from './store/token-vault';

export { DATABASE_FILE } from './open-store';

/** What the lock's holder file says is running. */
const APP_NAMES = { electron: 'Electron app', web: 'browser host' } as const;

/**
 * Starts the core: takes the data folder's one-writer lock (DataFolderLockedError when another
 * Showdesk has it), makes the folder and its files the user's only, opens the store (see
 * openStore; NewerDatabaseError for a database written by a newer Showdesk, CorruptDatabaseError
 * for one that fails the quick check) and starts the full integrity check in the background.
 * Restoring a backup closes the store and opens it again behind the same lock and event hub.
 */
export function createCore(options: CoreOptions): Core {
  preparePrivateFolder(options.dataDir);
  const lock = lockDataFolder(options.dataDir, APP_NAMES[options.transport], options.nativeBinding);
  const events = new EventHub();
  const presence = new ConsolePresence(events);
  let store: Store;
  let hooks: Parameters<typeof openStore>[2];
  try {
    const vault = options.tokenKey
      ? new TokenVault(options.tokenKey.key, options.tokenKey.protection)
      : TokenVault.fromKeyFile(options.dataDir);
    hooks = { vault, onRunEnded: (run: LiveRun) => void storage.runEnded(run) };
    store = openStore(options, events, hooks);
  } catch (error) {
    lock.release();
    throw error;
  }
  const storage: StorageKeeper = new StorageKeeper({
    dataDir: options.dataDir,
    databaseFile: databaseFileOf(options.dataDir),
    events,
    nativeBinding: options.nativeBinding,
    tokenProtection: hooks.vault.protection,
    db: () => store.db,
    busy: () => store.busy(),
    restart: (swap) => {
      store.close();
      swap();
      store = openStore(options, events, hooks);
      handlers = { ...store.handlers, ...fixed };
    },
  });
  const fixed = { ...storageHandlers(storage), ...presenceHandlers(presence) };
  let handlers = { ...store.handlers, ...fixed };
  storage.checkIntegrity();
  return {
    dispatch: (method, input, page) => dispatch(handlers, method, input, page ?? null),
    events,
    presence,
    close: () => {
      storage.close();
      store.close();
      lock.release();
    },
  };
}
