/**
 * The full integrity check's thread (store/integrity.ts), as CommonJS source for a worker started
 * with `eval: true` like the WAL checkpointer's (wal-checkpoint-worker.ts says why). It opens its
 * own read-only connection to the database file and runs SQLite's integrity check one table (with
 * its indexes) at a time, so that a stop waits at most for the table under way; it posts
 * { problems } (at most `maxProblems` lines, [] when sound) unless stopped.
 *
 * `state` (an Int32Array on shared memory): [0] is set to ask it to stop, and it sets [1] once its
 * connection is closed.
 */
export const INTEGRITY_CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { file, nativeBinding, state, maxProblems } = workerData;

const problems = [];
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
const stopped = () => Atomics.load(state, 0) === 1;
let db = null;
try {
  const options = { readonly: true, fileMustExist: true };
  if (nativeBinding !== undefined) options.nativeBinding = nativeBinding;
  db = new Database(file, options);
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
  for (const table of tables) {
    if (stopped() || problems.length >= maxProblems) break;
    try {
      const quoted = '"' + table.replaceAll('"', '""') + '"';
      const lines = db.pragma('integrity_check(' + quoted + ')').map((row) => String(Object.values(row)[0]));
      if (!(lines.length === 1 && lines[0] === 'ok')) problems.push(...lines);
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
} catch (error) {
  problems.push(messageOf(error));
} finally {
  try {
    if (db !== null) db.close();
  } finally {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 1);
  }
}
if (!stopped()) parentPort.postMessage({ problems: problems.slice(0, maxProblems) });
parentPort.close();
`;
