/**
 * A child process that opens a database (migrating it) and fills the run log's order columns in
 * the background as the core does (tests/integration/store/order-column-fill.test.ts kills it
 * meanwhile). Reports { through } after each slice and { ended: true } at the end.
 *
 *   node --import tsx tests/support/order-fill-child.ts <database file>
 */
import { startOrderColumnFill } from '../../src/main/core/review/order-column-fill';
import { openDatabase } from '../../src/main/core/store/database';

const { db } = openDatabase(process.argv[2]);
const send = (message: object) => process.send?.(message);
// The fill's timers do not hold a process open; the core's server does, and this here.
const alive = setInterval(() => undefined, 60_000);
startOrderColumnFill(db, {
  onProgress: ({ through }) => send({ through }),
  onEnd: () => {
    clearInterval(alive);
    send({ ended: true });
  },
});
