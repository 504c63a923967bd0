/**
 * The WAL checkpointer's thread (store/wal-checkpointer.ts), as CommonJS source for a worker
 * started with `eval: true`: the same text runs under tsx, Vitest, the built host and Electron,
 * where a worker file would sit at a different path in each. It opens its own connection to the
 * database file and, every `pollMs`:
 *
 * - when the database changed since its last look (PRAGMA data_version) and the WAL file is at
 *   least `passiveBytes`, runs a PASSIVE checkpoint, which copies what it can beside the core's
 *   writes and never waits for them nor takes the writer's lock; once the WAL is copied to its
 *   end, the core's next commit starts it over from the beginning, so it stops growing;
 * - when the WAL still holds at least `restartBytes` after that (the core's commits came too
 *   close together to let it start over), asks the core for a RESTART, the bound on the WAL;
 * - when nothing changed for `quietMs` and a WAL file is left, asks the core for a TRUNCATE,
 *   which empties it.
 *
 * The core runs those two between its own transactions, on its own connection: from here they
 * would take the writer's lock, and a transaction of the core that reads before it writes fails
 * at once (SQLITE_BUSY, no busy wait) when it finds that lock taken. The thread checkpoints no
 * more until the core answers 'done'. Each checkpoint is reported as { type: 'checkpoint', mode,
 * busy, log, checkpointed } (frames), a request as { type: 'request', mode }.
 *
 * `state` (an Int32Array on shared memory) is how the core stops it without waiting for an event
 * loop: [0] is set to ask it to stop, and it sets [1] once its connection is closed.
 */
export const WAL_CHECKPOINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const { file, nativeBinding, state, passiveBytes, restartBytes, quietMs, pollMs } = workerData;

const walBytes = () => {
  try {
    return statSync(file + '-wal').size;
  } catch {
    return 0;
  }
};

let db = null;
let timer = null;

const stop = () => {
  if (timer !== null) clearInterval(timer);
  timer = null;
  parentPort.close();
  try {
    if (db !== null) db.close();
  } finally {
    db = null;
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 1);
  }
};

const passive = () => {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ type: 'checkpoint', mode: 'PASSIVE', ...row });
  return row;
};

let asked = false;
const ask = (mode) => {
  asked = true;
  parentPort.postMessage({ type: 'request', mode });
};

const open = () => {
  try {
    db = nativeBinding === undefined ? new Database(file) : new Database(file, { nativeBinding });
    db.pragma('wal_autocheckpoint = 0');
  } catch (error) {
    stop();
    throw error;
  }
};

if (Atomics.load(state, 0) === 1) {
  stop();
} else {
  open();
  const frameBytes = db.pragma('page_size', { simple: true }) + 24;
  let version = db.pragma('data_version', { simple: true });
  let changedAt = Date.now();
  let emptied = false;
  const tick = () => {
    if (Atomics.load(state, 0) === 1) return stop();
    if (asked) return;
    const now = Date.now();
    const seen = db.pragma('data_version', { simple: true });
    const changed = seen !== version;
    if (changed) {
      version = seen;
      changedAt = now;
      emptied = false;
    }
    const size = walBytes();
    if (changed && size >= passiveBytes) {
      if (passive().log * frameBytes >= restartBytes) ask('RESTART');
    } else if (!changed && !emptied && size > 0 && now - changedAt >= quietMs) {
      emptied = true;
      ask('TRUNCATE');
    }
  };
  timer = setInterval(() => {
    try {
      tick();
    } catch (error) {
      stop();
      throw error;
    }
  }, pollMs);
  parentPort.on('message', (message) => {
    if (Atomics.load(state, 0) === 1) stop();
    else if (message === 'done') asked = false;
  });
}
`;
