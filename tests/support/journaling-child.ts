/**
 * A child process that journals orders into a database with the WAL checkpointer running, its
 * checkpoints back to back (tests/integration/store/wal-checkpointer.test.ts kills it meanwhile).
 * Reports { committed: lastSeq } after each commit and { checkpoint: mode } after each checkpoint.
 *
 *   node --import tsx tests/support/journaling-child.ts <database file>
 */
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { openDatabase } from '../../src/main/core/store/database';
import { WalCheckpointer } from '../../src/main/core/store/wal-checkpointer';
import { journalOrders, newRun } from './journal-orders';

const file = process.argv[2];
const { db } = openDatabase(file);
const runId = newRun(db);
const send = (message: object) => process.send?.(message);
new WalCheckpointer(db, {
  file,
  policy: { passiveBytes: 0, restartBytes: 1024 * 1024, quietMs: 60_000, pollMs: 1 },
  onCheckpoint: (checkpoint) => send({ checkpoint: checkpoint.mode }),
});
send({ runId });
let seq = 0;
for (;;) {
  seq = journalOrders(db, runId, seq, 200);
  send({ committed: seq });
  await yieldToIo();
}
